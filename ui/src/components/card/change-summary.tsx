import { makeStyles, tokens } from '@fluentui/react-components';
import type { FieldChange } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { changeValueText } from './change-value';
import { factLabel, type ReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  from: { color: tokens.colorNeutralForeground3 },
  to: { textDecoration: 'none', fontWeight: tokens.fontWeightSemibold },
});

/** What a change request changes: each field, the value the requester saw, and the one wanted. */
export const ChangeSummary = ({ changes, referenceData }: { changes: readonly FieldChange[]; referenceData: ReferenceData | null }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const label = (path: string) => (path.startsWith('facts.') ? factLabel(referenceData, path.slice(6), i18n.language) : t(`card.fields.${path}`, { defaultValue: path }));
  return (
    <ul className={styles.list}>
      {changes.map((change, i) => (
        <li key={`${change.path}-${i}`} data-testid="change">
          <strong>{label(change.path)}</strong>
          {t('card.colon')}
          {change.from !== undefined && (
            <>
              <del className={styles.from}>{changeValueText(change.path, change.from, t)}</del>
              {' → '}
            </>
          )}
          <ins className={styles.to}>{changeValueText(change.path, change.to, t)}</ins>
        </li>
      ))}
    </ul>
  );
};
