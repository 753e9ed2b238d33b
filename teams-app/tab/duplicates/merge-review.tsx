import { Button, makeStyles, Radio, RadioGroup, Spinner, tokens } from '@fluentui/react-components';
import type { MergePreview, MergePreviewField, TierSummary } from '@relais/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '@relais/ui/api';
import { changeValueText } from '@relais/ui/components/card';
import { ErrorBar } from '@relais/ui/components/feedback';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  fields: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  field: { listStyle: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold },
  result: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type Picks = Record<string, MergePreviewField['pick']>;

const fieldPath = (field: string) => (field.startsWith('facts.') ? field.slice(6) : field);

/**
 * Before a merge: what each field and dated fact of the kept record will be, the fields where the
 * two records differ with a choice per field (the kept record's value by default), what moves, and
 * a confirmation. Every change of choice asks the API again what the result will be.
 */
export const MergeReview = ({
  api,
  keep,
  keepName,
  other,
  otherName,
  onConfirm,
  onCancel,
}: {
  api: ApiClient;
  keep: TierSummary;
  keepName: string;
  other: TierSummary;
  otherName: string;
  onConfirm: (picks: Picks) => void;
  onCancel: () => void;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [picks, setPicks] = useState<Picks>({});
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    body(api.POST('/api/tiers/{id}/merge/preview', { params: { path: { id: keep.id } }, body: { duplicateId: other.id, picks } })).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, keep.id, other.id, picks]);

  const label = (field: string) =>
    field.startsWith('facts.') ? t('duplicates.fact', { name: t(`duplicates.facts.${field.slice(6)}`, { defaultValue: field.slice(6) }) }) : t(`card.fields.${field}`, { defaultValue: field });
  const text = (field: string, value: unknown) => changeValueText(fieldPath(field), value, t);
  const choiceText = (field: MergePreviewField, choice: MergePreviewField['pick']) =>
    choice === 'both'
      ? t('duplicates.both')
      : t('duplicates.from', { name: choice === 'survivor' ? keepName : otherName, value: text(field.field, choice === 'survivor' ? field.survivor : field.duplicate) });
  const differing = preview?.fields.filter((f) => !f.same) ?? [];

  return (
    <section className={styles.panel} aria-labelledby={`review-${keep.id}`} data-testid="merge-review">
      <h3 id={`review-${keep.id}`} className={styles.title}>
        {t('duplicates.reviewTitle', { name: keepName, other: otherName })}
      </h3>
      {Boolean(error) && <ErrorBar error={error} onRetry={() => setPicks({ ...picks })} />}
      {!preview && !error && <Spinner size="tiny" label={t('duplicates.previewing')} />}
      {preview && (
        <>
          <p>{t('duplicates.keepsByDefault', { name: keepName })}</p>
          <ul className={styles.fields}>
            {differing.map((field) => (
              <li key={field.field} className={styles.field} data-field={field.field}>
                <RadioGroup
                  aria-label={label(field.field)}
                  value={picks[field.field] ?? field.pick}
                  onChange={(_, data) => setPicks({ ...picks, [field.field]: data.value as MergePreviewField['pick'] })}
                >
                  <span className={styles.legend}>{label(field.field)}</span>
                  {field.choices.map((choice) => (
                    <Radio key={choice} value={choice} label={choiceText(field, choice)} />
                  ))}
                </RadioGroup>
                <div className={styles.result}>{t('duplicates.willBe', { value: text(field.field, field.result) })}</div>
              </li>
            ))}
          </ul>
          <p>
            {t('duplicates.moves', {
              relations: preview.moves.relations,
              interactions: `${preview.moves.interactions}${preview.moves.interactionsMore ? '+' : ''}`,
              tasks: preview.moves.tasks,
            })}{' '}
            {t('duplicates.undoFor', { count: preview.undoHours })}
          </p>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!preview} onClick={() => onConfirm(picks)}>
          {t('duplicates.confirm', { name: keepName, other: otherName })}
        </Button>
        <Button onClick={onCancel}>{t('common:cancel')}</Button>
      </div>
    </section>
  );
};
