import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { WordedRelation } from '@relais/domain';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../feedback/empty-state';
import { relationPeriod } from './relation-dates';
import { TierLink } from './tier-link';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    listStyle: 'none',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  sentence: { overflowWrap: 'anywhere' },
  ended: { color: tokens.colorNeutralForeground3 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * Each relation read from this tier's side, the other tier a link: "Brasserie Lemaire is client of
 * Transports Girard", "Roussel Conseil prescribes Brasserie Lemaire". Ongoing first, then ended.
 */
export const CardRelations = ({ relations }: { relations: readonly WordedRelation[] }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  if (relations.length === 0) return <EmptyState>{t('card.noRelations')}</EmptyState>;
  return (
    <ul className={styles.list}>
      {relations.map((r) => {
        // The other tier ends the sentence, except read backwards ("Roussel Conseil prescribes Brasserie Lemaire").
        const at = r.sentence.endsWith(r.other.name)
          ? r.sentence.length - r.other.name.length
          : r.sentence.indexOf(r.other.name);
        const period = relationPeriod(r, t, i18n.language);
        return (
          <li key={r.id} className={styles.item} data-testid="relation" data-status={r.status}>
            <span className={r.status === 'ended' ? `${styles.sentence} ${styles.ended}` : styles.sentence}>
              {at < 0 ? (
                r.sentence
              ) : (
                <>
                  {r.sentence.slice(0, at)}
                  <TierLink tierId={r.other.id}>{r.other.name}</TierLink>
                  {r.sentence.slice(at + r.other.name.length)}
                </>
              )}
            </span>
            <Badge size="small" appearance="outline" color={r.status === 'ongoing' ? 'success' : 'subtle'}>
              {t(`card.relationStatus.${r.status}`)}
            </Badge>
            {period && <span className={styles.meta}>{period}</span>}
          </li>
        );
      })}
    </ul>
  );
};
