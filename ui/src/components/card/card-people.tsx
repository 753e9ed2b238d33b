import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { CardPerson, PeoplePage } from '@relais/domain';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { body, type ApiClient } from '../../api/api-client';
import { EmptyState } from '../feedback/empty-state';
import { ErrorBar } from '../feedback/error-bar';
import { telUrl } from './format-identity';
import { relationPeriod } from './relation-dates';
import { TierLink } from './tier-link';
import { useDebounced } from './use-debounced.hook';
import { usePagedList } from './use-paged-list.hook';
import { ListMore } from './list-more';
import { ListSearch } from './list-search';
import { functionLabel, type ReferenceData } from './use-reference-data.hook';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
    gap: tokens.spacingVerticalS,
  },
  person: {
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  // Phone and mail links sit one under the other: each is a 24 px target (WCAG 2.2, 2.5.8), for a thumb in Teams mobile.
  reachLink: { display: 'inline-flex', alignItems: 'center', minHeight: '24px' },
  reach: {
    display: 'flex',
    flexDirection: 'column',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

const STEP = 20;
const SEARCH_DELAY_MS = 300;

const PersonItem = ({ item, referenceData }: { item: CardPerson; referenceData: ReferenceData | null }) => {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { person, relation } = item;
  const period = relationPeriod(relation, t, i18n.language);
  return (
    <li className={styles.person} data-testid="person">
      <span className={styles.name}>
        <TierLink tierId={person.id}>{person.name}</TierLink>
        {relation.status === 'ended' && (
          <Badge size="small" appearance="outline" color="subtle">
            {t('card.relationStatus.ended')}
          </Badge>
        )}
        {person.prospectingObjection === true && (
          <Badge size="small" appearance="filled" color="danger" data-testid="prospecting-objection">
            {t('common:prospectingObjection')}
          </Badge>
        )}
      </span>
      <span className={styles.meta}>
        {[
          person.jobTitle,
          person.referenceFunction && functionLabel(referenceData, person.referenceFunction, i18n.language),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {period && <span className={styles.meta}>{period}</span>}
      <span className={styles.reach}>
        {person.phones.map((p) => (
          <Link key={p.number} className={styles.reachLink} href={telUrl(p.number)}>
            {p.number} ({t(`card.phoneType.${p.type}`)})
          </Link>
        ))}
        {person.emails.map((e) => (
          <Link key={e} className={styles.reachLink} href={`mailto:${e}`}>
            {e}
          </Link>
        ))}
      </span>
    </li>
  );
};

/**
 * People at the organisation: function as on their card, the reference function marketing queries
 * by, and direct ways to reach them. The card brings the first page and the exact total; they are
 * drawn twenty at a time, further pages come from the API on demand, and a search asks the API for
 * the people whose names start with the words typed.
 */
export const CardPeople = ({
  api,
  tierId,
  firstPage,
  referenceData,
}: {
  api: ApiClient;
  tierId: string;
  firstPage: PeoplePage;
  referenceData: ReferenceData | null;
}) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), SEARCH_DELAY_MS);
  const [shown, setShown] = useState(STEP);
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      body(api.GET('/api/tiers/{id}/people', { params: { path: { id: tierId }, query: { q: query || undefined, cursor, limit: 50 } } })),
    [api, tierId, query],
  );
  const { list, loading, error, more } = usePagedList(fetchPage, query ? null : firstPage);
  useEffect(() => setShown(STEP), [query]);
  if (firstPage.total === 0) return <EmptyState>{t('card.peopleNone')}</EmptyState>;
  const items = list?.items ?? [];
  const total = list?.total ?? 0;
  const hasMore = shown < items.length || (list?.nextCursor ?? null) !== null;
  const showMore = () => {
    setShown((n) => n + STEP);
    if (shown + STEP > items.length) void more();
  };
  // A handful of people fit on screen: the search and the count only help past one step.
  const long = firstPage.total > STEP;
  return (
    <>
      {long && (
        <ListSearch value={typed} onChange={setTyped} label={t('card.searchPeople')} testId="people-search" />
      )}
      {query && !loading && items.length === 0 && (
        <EmptyState>{t('card.peopleNoMatch', { q: query })}</EmptyState>
      )}
      <ul className={styles.list} aria-busy={loading}>
        {items.slice(0, shown).map((item) => (
          <PersonItem key={item.relation.id} item={item} referenceData={referenceData} />
        ))}
      </ul>
      {error !== undefined && <ErrorBar error={error} onRetry={() => void more()} />}
      {long && (
        <ListMore
          shown={t(query ? 'card.peopleFound' : 'card.peopleShown', {
            shown: Math.min(shown, items.length),
            total,
          })}
          moreLabel={t('card.showMorePeople')}
          hasMore={hasMore}
          loading={loading}
          onMore={showMore}
          testId="people-shown"
        />
      )}
    </>
  );
};
