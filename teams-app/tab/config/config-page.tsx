import {
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import type { TierSummary } from '@relais/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTierNames } from '@relais/ui/components/card';
import { EmptyState, ErrorBar, LoadingState } from '@relais/ui/components/feedback';
import { TierChip } from '@relais/ui/components/tier-match';
import { tabHref } from '../host/tab-links';
import type { TabSession } from '../host/tab-session';
import { keyEvidence } from './search-evidence';
import { buildTabConfig } from './tab-config';
import { useTeamsConfig } from './use-teams-config.hook';
import { useTierSearch } from './use-tier-search.hook';

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalM,
    maxWidth: '48rem',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  summary: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  url: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
});

/**
 * The configurable channel tab's settings page: find an organisation (as the add-in finds it, with
 * its evidence), and bind the tab to it. In a plain browser it shows what Teams would save.
 */
export const ConfigPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // The choice stays when the rep searches again; only another choice replaces it.
  const [chosen, setChosen] = useState<TierSummary | null>(null);
  const search = useTierSearch(session.api, query);
  const config = useMemo(() => (chosen ? buildTabConfig(chosen, window.location.origin) : null), [chosen]);
  const { currentTierId } = useTeamsConfig(session.host, config, t('config.saveFailed'));
  const currentNames = useTierNames(session.api, currentTierId ? [currentTierId] : []);
  const current = currentTierId ? currentNames.get(currentTierId) : undefined;
  const key = keyEvidence(search.q);
  const inTeams = session.host.kind === 'teams';

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t('config.title')}</h1>
      <p className={styles.intro}>{t('config.intro')}</p>
      {current?.status === 'found' && (
        <p className={styles.intro}>{t('config.current', { name: current.name })}</p>
      )}
      {current?.status === 'missing' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('config.currentUnknown')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('config.search')} hint={t('config.searchHint')}>
        <Input
          type="search"
          value={query}
          onChange={(_, data) => setQuery(data.value)}
          autoComplete="off"
          maxLength={200}
          data-testid="tier-search"
        />
      </Field>
      <div aria-live="polite">
        {search.loading && <LoadingState label={t('config.searching')} />}
        {!search.loading && search.error ? <ErrorBar error={search.error} onRetry={search.retry} /> : null}
        {!search.loading && !search.error && search.q.length >= 2 && search.hits.length === 0 && (
          <EmptyState>{t('config.none', { q: search.q })}</EmptyState>
        )}
      </div>
      {search.hits.length > 0 && (
        <RadioGroup
          aria-label={t('config.results')}
          value={chosen?.id ?? ''}
          onChange={(_, data) => setChosen(search.hits.find((h) => h.tier.id === data.value)?.tier ?? null)}
          className={styles.results}
          data-testid="search-results"
        >
          {search.hits.map((hit) => (
            <Radio
              key={hit.tier.id}
              value={hit.tier.id}
              label={
                <TierChip
                  tier={hit.tier}
                  evidence={hit.evidence}
                  extra={key ? t(`config.keyEvidence.${key.code}`, { detail: key.detail }) : undefined}
                />
              }
            />
          ))}
        </RadioGroup>
      )}
      {chosen && config && (
        <section aria-live="polite" data-testid="tab-config">
          <strong>{t('config.chosen', { name: chosen.name })}</strong>
          <dl className={styles.summary}>
            <dt className={styles.term}>{t('config.tabName')}</dt>
            <dd className={styles.url} data-testid="tab-name">
              {config.suggestedDisplayName}
            </dd>
            <dt className={styles.term}>{t('config.contentUrl')}</dt>
            <dd className={styles.url} data-testid="content-url">
              {config.contentUrl}
            </dd>
          </dl>
          {inTeams ? (
            <p>{t('config.saveInTeams')}</p>
          ) : (
            <>
              <p>{t('config.standalone')}</p>
              <Link href={tabHref('/tab/card', { tierId: chosen.id })}>{t('config.open')}</Link>
            </>
          )}
        </section>
      )}
    </main>
  );
};
