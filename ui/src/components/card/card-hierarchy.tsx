import { makeStyles, tokens } from '@fluentui/react-components';
import type { TierSummary } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../feedback/empty-state';
import { TierLink } from './tier-link';

const useStyles = makeStyles({
  group: { margin: `0 0 ${tokens.spacingVerticalS}` },
  title: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  meta: { color: tokens.colorNeutralForeground3 },
});

const place = (s: TierSummary) => [s.city, s.lifecycle].filter(Boolean).join(' · ');

/** The company this establishment belongs to and the establishments below it, each a link to its card. */
export const CardHierarchy = ({
  parent,
  establishments,
}: {
  parent: TierSummary | null;
  establishments: readonly TierSummary[];
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!parent && establishments.length === 0) return <EmptyState>{t('card.noHierarchy')}</EmptyState>;
  const item = (s: TierSummary) => (
    <li key={s.id}>
      <TierLink tierId={s.id}>{s.name}</TierLink>
      {place(s) && (
        <span className={styles.meta}>
          {' '}
          —{' '}
          {place({
            ...s,
            lifecycle: s.lifecycle && t(`common:lifecycle.${s.lifecycle}`, { defaultValue: s.lifecycle }),
          })}
        </span>
      )}
    </li>
  );
  return (
    <>
      {parent && (
        <div className={styles.group} data-testid="hierarchy-parent">
          <h3 className={styles.title}>{t('card.parent')}</h3>
          <ul className={styles.list}>{item(parent)}</ul>
        </div>
      )}
      {establishments.length > 0 && (
        <div className={styles.group} data-testid="hierarchy-establishments">
          <h3 className={styles.title}>{t('card.establishments')}</h3>
          <ul className={styles.list}>{establishments.map(item)}</ul>
        </div>
      )}
    </>
  );
};
