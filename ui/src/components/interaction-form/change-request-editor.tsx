import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { TierSummary } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import {
  kindsFor,
  newChangeRow,
  type ChangeKind,
  type ChangeRow,
  type ChangeRowProblem,
  type PhoneKind,
} from './change-request-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: 0 },
  postcode: { width: '7em', flexShrink: 0 },
  // Fluent's inputs have a minimum width wider than half the pane.
  fit: { minWidth: 0, width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
});

const PHONE_KINDS: PhoneKind[] = ['mobile', 'direct', 'switchboard', 'other'];

/** "New address", "left the company", "new phone": requests a steward approves, raised while logging. */
export const ChangeRequestEditor = ({
  rows,
  tiers,
  problems = {},
  onChange,
}: {
  rows: ChangeRow[];
  /** The tiers the interaction is logged against. */
  tiers: TierSummary[];
  /** By row key. */
  problems?: Record<string, ChangeRowProblem>;
  onChange: (rows: ChangeRow[]) => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation('interaction-form');
  const update = (key: string, patch: Partial<ChangeRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const problemText = (problem: ChangeRowProblem | undefined, field: ChangeRowProblem) =>
    problem === field
      ? {
          tier: t('chooseTier'),
          kind: t('kindRequired'),
          address: t('addressRequired'),
          phone: t('phoneRequired'),
          employer: t('employerUnknown'),
        }[field]
      : undefined;
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.hint}>
        {t('changesHint')}
      </Text>
      {rows.map((row, index) => {
        const tier = tiers.find((candidate) => candidate.id === row.tierId);
        const problem = problems[row.key];
        return (
          <div
            key={row.key}
            role="group"
            aria-label={t('changeTitle', { n: index + 1 })}
            className={styles.row}
          >
            <div className={styles.line}>
              <Field
                label={t('changeTier')}
                className={styles.grow}
                validationMessage={problemText(problem, 'tier')}
              >
                <Select
                  value={row.tierId}
                  onChange={(_, data) => update(row.key, { tierId: data.value, kind: '' })}
                >
                  <option value="">—</option>
                  {tiers.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button
                icon={<DeleteRegular />}
                aria-label={t('removeChange', { n: index + 1 })}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              />
            </div>
            <Field label={t('changeKind')} validationMessage={problemText(problem, 'kind')}>
              <Select
                value={row.kind}
                disabled={!tier}
                onChange={(_, data) => update(row.key, { kind: data.value as ChangeKind | '' })}
              >
                <option value="">{tier ? '—' : t('chooseTier')}</option>
                {kindsFor(tier).map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </Select>
            </Field>
            {row.kind === 'new-address' && (
              <>
                <Field label={t('addressLine')}>
                  <Input
                    value={row.line}
                    maxLength={120}
                    onChange={(_, data) => update(row.key, { line: data.value })}
                    autoComplete="off"
                  />
                </Field>
                <div className={styles.line}>
                  <Field
                    label={t('postcode')}
                    className={styles.postcode}
                    validationMessage={problemText(problem, 'address')}
                  >
                    <Input
                      className={styles.fit}
                      value={row.postcode}
                      maxLength={10}
                      onChange={(_, data) => update(row.key, { postcode: data.value })}
                      autoComplete="off"
                    />
                  </Field>
                  <Field label={t('city')} className={styles.grow}>
                    <Input
                      className={styles.fit}
                      value={row.city}
                      maxLength={100}
                      onChange={(_, data) => update(row.key, { city: data.value })}
                      autoComplete="off"
                    />
                  </Field>
                </div>
              </>
            )}
            {row.kind === 'new-phone' && (
              <div className={styles.line}>
                <Field
                  label={t('phoneNumber')}
                  className={styles.grow}
                  validationMessage={problemText(problem, 'phone')}
                >
                  <Input
                    className={styles.fit}
                    type="tel"
                    value={row.phone}
                    maxLength={30}
                    onChange={(_, data) => update(row.key, { phone: data.value })}
                    autoComplete="off"
                  />
                </Field>
                <Field label={t('phoneType')} className={styles.postcode}>
                  <Select
                    value={row.phoneType}
                    onChange={(_, data) => update(row.key, { phoneType: data.value as PhoneKind })}
                  >
                    {PHONE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`phoneTypes.${kind}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
            )}
            {row.kind === 'left-company' && (
              <Field validationMessage={problemText(problem, 'employer')}>
                <Text size={200} className={styles.hint}>
                  {t('leftCompanyNote')}
                </Text>
              </Field>
            )}
            <Field label={t('reason')}>
              <Input
                value={row.reason}
                maxLength={1000}
                onChange={(_, data) => update(row.key, { reason: data.value })}
                autoComplete="off"
              />
            </Field>
          </div>
        );
      })}
      <div>
        <Button
          icon={<AddRegular />}
          disabled={tiers.length === 0}
          onClick={() => onChange([...rows, newChangeRow(tiers.length === 1 ? tiers[0]!.id : '')])}
        >
          {t('addChange')}
        </Button>
      </div>
    </div>
  );
};
