import { makeStyles, tokens } from '@fluentui/react-components';
import type { EstablishmentsPage, TierSummary } from '@relais/domain';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { EmptyState } from '../feedback/empty-state';
import { ErrorBar } from '../feedback/error-bar';
import { ListMore } from './list-more';
import { ListSearch } from './list-search';
import { TierLink } from './tier-link';
import { useDebounced } from './use-debounced.hook';
import { usePagedList } from './use-paged-list.hook';

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

const SEARCH_DELAY_MS = 300;
const PAGE = 50;

const place = (s: TierSummary) => [s.city, s.lifecycle].filter(Boolean).join(' · ');

const HierarchyItem = ({ tier }: { tier: TierSummary }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const where = place({
    ...tier,
    lifecycle: tier.lifecycle && t(`common:lifecycle.${tier.lifecycle}`, { defaultValue: tier.lifecycle }),
  });
  return (
    <li>
      <TierLink tierId={tier.id}>{tier.name}</TierLink>
      {where && <span className={styles.meta}> — {where}</span>}
    </li>
  );
};

/**
 * The establishments below the organisation, by name: the card brings the first page and the exact
 * total; the rest load on demand, and past one page a search asks the API for the establishments
 * whose names have words starting with what is typed.
 */
const Establishments = ({
  api,
  tierId,
  firstPage,
}: {
  api: ApiClient;
  tierId: string;
  firstPage: EstablishmentsPage;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), SEARCH_DELAY_MS);
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      body(api.GET('/api/tiers/{id}/establishments', { params: { path: { id: tierId }, query: { q: query || undefined, cursor, limit: PAGE } } })),
    [api, tierId, query],
  );
  const { list, loading, error, more } = usePagedList(fetchPage, query ? null : firstPage);
  const items = list?.items ?? [];
  const long = firstPage.total > firstPage.items.length;
  return (
    <div className={styles.group} data-testid="hierarchy-establishments">
      <h3 className={styles.title}>{t('card.establishments')}</h3>
      {long && (
        <ListSearch
          value={typed}
          onChange={setTyped}
          label={t('card.searchEstablishments')}
          testId="establishments-search"
        />
      )}
      {query && !loading && items.length === 0 && (
        <EmptyState>{t('card.establishmentsNoMatch', { q: query })}</EmptyState>
      )}
      <ul className={styles.list} aria-busy={loading}>
        {items.map((e) => (
          <HierarchyItem key={e.id} tier={e} />
        ))}
      </ul>
      {error !== undefined && <ErrorBar error={error} onRetry={() => void more()} />}
      {long && list && (
        <ListMore
          shown={t(query ? 'card.establishmentsFound' : 'card.establishmentsShown', {
            shown: items.length,
            total: list.total,
          })}
          moreLabel={t('card.showMoreEstablishments')}
          hasMore={list.nextCursor !== null}
          loading={loading}
          onMore={() => void more()}
          testId="establishments-shown"
        />
      )}
    </div>
  );
};

/** The company this establishment belongs to and the establishments below it, each a link to its card. */
export const CardHierarchy = ({
  api,
  tierId,
  parent,
  establishments,
}: {
  api: ApiClient;
  tierId: string;
  parent: TierSummary | null;
  establishments: EstablishmentsPage;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  if (!parent && establishments.total === 0) return <EmptyState>{t('card.noHierarchy')}</EmptyState>;
  return (
    <>
      {parent && (
        <div className={styles.group} data-testid="hierarchy-parent">
          <h3 className={styles.title}>{t('card.parent')}</h3>
          <ul className={styles.list}>
            <HierarchyItem tier={parent} />
          </ul>
        </div>
      )}
      {establishments.total > 0 && <Establishments api={api} tierId={tierId} firstPage={establishments} />}
    </>
  );
};
