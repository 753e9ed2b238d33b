import { Button, Checkbox, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import {
  attributeFields,
  countOps,
  defaultRow,
  factFields,
  mediaFields,
  scoreFields,
  taskFields,
  valueOps,
  type ConditionKind,
  type ConditionRow,
} from './condition-model';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  invalid: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, borderRadius: tokens.borderRadiusMedium },
  narrow: { width: '7rem' },
  error: { color: tokens.colorPaletteRedForeground1, flexBasis: '100%' },
});

const kinds: ConditionKind[] = ['attribute', 'fact', 'relation', 'interactions', 'score', 'tasks'];

/** One test of the segment: what it looks at, how it compares, and with what. */
export const ConditionRowEditor = ({
  row,
  relationTypes,
  errors,
  onChange,
  onRemove,
}: {
  row: ConditionRow;
  relationTypes: { id: string; label: string }[];
  errors: string[];
  onChange: (row: ConditionRow) => void;
  onRemove: () => void;
}) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const set = (patch: Partial<ConditionRow>) => onChange({ ...row, ...patch });
  const fields: { id: string; label: string }[] =
    row.kind === 'attribute'
      ? attributeFields.map((f) => ({ id: f, label: t(`segments.attributes.${f}`) }))
      : row.kind === 'fact'
        ? factFields.map((f) => ({ id: f, label: t(`segments.facts.${f}`) }))
        : row.kind === 'relation'
          ? relationTypes
          : row.kind === 'interactions'
            ? mediaFields.map((m) => ({
                id: m,
                label: m === 'any' ? t('segments.anyMedium') : t(`charts.media.${m}`),
              }))
            : row.kind === 'score'
              ? scoreFields.map((s) => ({ id: s, label: t(`segments.scores.${s}`) }))
              : taskFields.map((s) => ({ id: s, label: t(`segments.tasks.${s}`) }));
  const ops = row.kind === 'attribute' || row.kind === 'fact' ? valueOps : countOps;
  const needsValue = !['exists', 'missing'].includes(row.op);
  const label = (key: string) => t(`segments.row.${key}`);
  return (
    <div className={`${styles.row} ${errors.length > 0 ? styles.invalid : ''}`} data-condition-row={row.id}>
      <Checkbox
        checked={row.negate}
        label={t('segments.not')}
        onChange={(_, d) => set({ negate: d.checked === true })}
      />
      <Select
        aria-label={label('kind')}
        value={row.kind}
        onChange={(_, d) => onChange({ ...defaultRow(row.id, d.value as ConditionKind), negate: row.negate })}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`segments.kinds.${k}`)}
          </option>
        ))}
      </Select>
      {row.kind === 'interactions' && (
        <Select
          aria-label={label('direction')}
          value={row.direction}
          onChange={(_, d) => set({ direction: d.value as ConditionRow['direction'] })}
        >
          <option value="">{t('segments.anyDirection')}</option>
          <option value="inbound">{t('charts.inbound')}</option>
          <option value="outbound">{t('charts.outbound')}</option>
        </Select>
      )}
      <Select aria-label={label('field')} value={row.field} onChange={(_, d) => set({ field: d.value })}>
        {fields.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </Select>
      <Select aria-label={label('op')} value={row.op} onChange={(_, d) => set({ op: d.value })}>
        {ops.map((op) => (
          <option key={op} value={op}>
            {t(`segments.ops.${op}`)}
          </option>
        ))}
      </Select>
      {needsValue && (
        <Input
          aria-label={label('value')}
          className={row.kind === 'attribute' || row.kind === 'fact' ? undefined : styles.narrow}
          value={row.value}
          onChange={(_, d) => set({ value: d.value })}
        />
      )}
      {row.kind === 'interactions' && (
        <>
          {t('segments.inLast')}
          <Input
            aria-label={label('days')}
            className={styles.narrow}
            type="number"
            min={1}
            value={row.days}
            onChange={(_, d) => set({ days: d.value })}
          />
          {t('segments.days')}
        </>
      )}
      {row.kind === 'fact' && (
        <>
          {t('segments.asOf')}
          <Input
            aria-label={label('asOf')}
            type="date"
            value={row.asOf}
            onChange={(_, d) => set({ asOf: d.value })}
          />
        </>
      )}
      <Button
        appearance="subtle"
        icon={<Dismiss16Regular />}
        aria-label={t('segments.removeRow')}
        onClick={onRemove}
      />
      {errors.map((e) => (
        <span key={e} className={styles.error} role="alert">
          {e}
        </span>
      ))}
    </div>
  );
};
