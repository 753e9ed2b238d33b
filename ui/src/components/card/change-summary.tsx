import { makeStyles, tokens } from '@fluentui/react-components';
import type { FieldChange, Tier } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { changeValueText } from './change-value';
import { factLabel, type ReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  from: { color: tokens.colorNeutralForeground3 },
  to: { textDecoration: 'none', fontWeight: tokens.fontWeightSemibold },
});

/** The value a change replaces when the requester did not say: the record's current one, where the tier holds it. */
const currentValue = (path: string, current: Tier | undefined): unknown => {
  if (!current) return undefined;
  if (path === 'facts.lifecycle') return current.lifecycle;
  return path.startsWith('facts.') ? undefined : (current as Record<string, unknown>)[path];
};

/**
 * What a change request changes: each field, the value before (as the requester saw it, or else as
 * the record has it now) and the value wanted.
 */
export const ChangeSummary = ({
  changes,
  referenceData,
  current,
}: {
  changes: readonly FieldChange[];
  referenceData: ReferenceData | null;
  current?: Tier;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const label = (path: string) =>
    path.startsWith('facts.')
      ? factLabel(referenceData, path.slice(6), i18n.language)
      : t(`card.fields.${path}`, { defaultValue: path });
  return (
    <ul className={styles.list}>
      {changes.map((change, i) => {
        const before = change.from !== undefined ? change.from : currentValue(change.path, current);
        return (
          <li key={`${change.path}-${i}`} data-testid="change">
            <strong>{label(change.path)}</strong>
            {t('card.colon')}
            {before !== undefined && (
              <>
                <del className={styles.from}>{changeValueText(change.path, before, t)}</del>
                {' → '}
              </>
            )}
            <ins className={styles.to}>{changeValueText(change.path, change.to, t)}</ins>
          </li>
        );
      })}
    </ul>
  );
};
