import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { WordedRelation } from '@relais/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { EmptyState } from '../feedback/empty-state';
import { ErrorBar } from '../feedback/error-bar';
import { relationPeriod } from './relation-dates';
import { ListMore } from './list-more';
import { TierLink } from './tier-link';
import { usePagedList, type PagedList } from './use-paged-list.hook';

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
 * The card brings the first ones and the total; the rest load on demand, on the API's cursor.
 */
export const CardRelations = ({
  api,
  tierId,
  firstPage,
}: {
  api: ApiClient;
  tierId: string;
  firstPage: PagedList<WordedRelation>;
}) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      body(api.GET('/api/tiers/{id}/relations', { params: { path: { id: tierId }, query: { cursor, limit: 50 } } })),
    [api, tierId],
  );
  const { list, loading, error, more } = usePagedList(fetchPage, firstPage);
  const relations = list?.items ?? [];
  if (relations.length === 0) return <EmptyState>{t('card.noRelations')}</EmptyState>;
  return (
    <>
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
      {error !== undefined && <ErrorBar error={error} onRetry={() => void more()} />}
      {list && list.total > relations.length && (
        <ListMore
          shown={t('card.relationsShown', { shown: relations.length, total: list.total })}
          moreLabel={t('card.showMoreRelations')}
          hasMore
          loading={loading}
          onMore={() => void more()}
        />
      )}
    </>
  );
};
