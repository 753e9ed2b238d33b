import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { BusyIndicator, ErrorBar } from '@relais/ui/components/shared';
import { type AddressMatch } from '@relais/ui/components/tier-match';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allAddresses, inferDirection, sourceOf, type MessageSnapshot } from '../office';
import { buildDraft } from './build-draft';
import { byEmail, colleaguesOn, itemParties, type ItemParty } from './item-parties';
import { logEach, type SeveralOutcome } from './log-several';
import { usePane } from './pane-context';
import { paneProblem } from './pane-problem';
import { usePaneStyles } from './pane-styles';
import type { Load } from './use-item-records.hook';
import { TiersSection } from './tiers-section';
import { useSelection } from './use-selection.hook';

const subjectOf = (item: MessageSnapshot, none: string): string => item.subject.trim() || none;

/** Everyone on any of the messages, once, senders first. */
const partiesOf = (items: MessageSnapshot[]): ItemParty[] => {
  const all = items.flatMap(itemParties);
  const seen = new Map<string, ItemParty>();
  for (const party of [...all.filter((p) => p.role === 'from'), ...all])
    if (!seen.has(party.key)) seen.set(party.key, party);
  return [...seen.values()];
};

const Summary = ({ outcome, none }: { outcome: SeveralOutcome; none: string }) => {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const list = (items: MessageSnapshot[], testId: string) => (
    <ul data-testid={testId}>
      {items.map((item, index) => (
        <li key={`${item.internetMessageId}:${index}`}>{subjectOf(item, none)}</li>
      ))}
    </ul>
  );
  return (
    <section className={styles.section} aria-labelledby="several-summary" role="status">
      <h2 id="several-summary" className={styles.heading}>
        {t('several.created', { count: outcome.created.length })}
      </h2>
      {outcome.existing.length > 0 && (
        <>
          <Text>{t('several.existing', { count: outcome.existing.length })}</Text>
          {list(outcome.existing, 'several-existing')}
        </>
      )}
      {outcome.skipped.length > 0 && (
        <>
          <Text>{t('several.skipped', { count: outcome.skipped.length })}</Text>
          {list(outcome.skipped, 'several-skipped')}
        </>
      )}
    </section>
  );
};

/** The form once Relais has named the messages' addresses: the tiers every message goes to, one click. */
const SeveralForm = ({ items, matches }: { items: MessageSnapshot[]; matches: AddressMatch[] }) => {
  const styles = usePaneStyles();
  const { api, user } = usePane();
  const { t } = useTranslation();
  const parties = useMemo(() => partiesOf(items), [items]);
  const [created, setCreated] = useState<ReadonlyMap<string, AddressMatch>>(new Map());
  const results = useMemo(() => new Map([...byEmail(matches), ...created]), [matches, created]);
  const picked = useSelection(matches);
  const { selection } = picked;
  const [outcome, setOutcome] = useState<SeveralOutcome | undefined>();
  const [sending, setSending] = useState(false);
  const [nothing, setNothing] = useState(false);
  // A ref, not state: a double click lands before React re-renders the disabled button.
  const inFlight = useRef(false);
  const tiers = [...selection.tiers.values()].map((option) => option.tier);
  const none = t('item.noSubject');

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    setNothing(tiers.length === 0);
    if (tiers.length === 0) return;
    inFlight.current = true;
    setSending(true);
    // A retry sends only what failed; what was logged stays counted.
    const pending = outcome ? outcome.failed.map(({ item }) => item) : items;
    const now = new Date();
    try {
      const next = await logEach(pending, (item) =>
        api.log(
          buildDraft({
            item,
            fields: {
              medium: 'email',
              direction: inferDirection(item, user.emailAddress),
              purpose: '',
              outcome: '',
              summary: '',
            },
            tierIds: tiers.map((tier) => tier.id),
            colleagues: colleaguesOn(itemParties(item), results, user.emailAddress),
            followUps: [],
            changeRequests: [],
            now,
            source: sourceOf(item),
          }),
        ),
      );
      setOutcome((previous) =>
        previous
          ? {
              created: [...previous.created, ...next.created],
              existing: [...previous.existing, ...next.existing],
              skipped: previous.skipped,
              failed: next.failed,
            }
          : next,
      );
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const failure = outcome?.failed[0]?.error;
  if (outcome && outcome.failed.length === 0) return <Summary outcome={outcome} none={none} />;
  return (
    <div className={styles.view}>
      {outcome && <Summary outcome={outcome} none={none} />}
      <TiersSection
        heading={t('several.tiers')}
        parties={parties}
        results={results}
        picked={picked}
        onCreated={(match) => setCreated((current) => new Map(current).set(match.email.toLowerCase(), match))}
      />
      <form
        className={styles.footer}
        onSubmit={submit}
        aria-label={t('several.title', { count: items.length })}
        noValidate
      >
        <Text size={200} aria-live="polite">
          {tiers.length === 0
            ? t('selection.none')
            : t('selection.count', { count: tiers.length, names: tiers.map((tier) => tier.name).join(', ') })}
        </Text>
        {nothing && (
          <Text role="alert" weight="semibold">
            {t('log.nothingSelected')}
          </Text>
        )}
        {failure !== undefined && (
          <ErrorBar
            message={`${t('several.failed', { count: outcome!.failed.length })} ${paneProblem(failure, t)}`}
            onRetry={() => void submit()}
            retrying={sending}
          />
        )}
        <Button appearance="primary" type="submit" disabled={sending}>
          {sending
            ? t('log.logging')
            : t('several.button', { count: outcome ? outcome.failed.length : items.length })}
        </Button>
      </form>
    </div>
  );
};

/** Several messages selected together: each is logged as its own interaction against the same tiers. */
export const SeveralItemsPane = ({ items }: { items: MessageSnapshot[] }) => {
  const styles = usePaneStyles();
  const { api } = usePane();
  const { t } = useTranslation();
  const [matches, setMatches] = useState<Load<AddressMatch[]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const none = t('item.noSubject');

  useEffect(() => {
    let live = true;
    setMatches({ status: 'loading' });
    // One lookup for every address of every message.
    api.lookup([...new Set(items.flatMap(allAddresses))]).then(
      (value) => live && setMatches({ status: 'ready', value }),
      (error: unknown) => live && setMatches({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, items, attempt]);

  return (
    <article className={styles.view} aria-labelledby="several-title">
      <header>
        <h1 id="several-title" className={styles.heading}>
          {t('several.title', { count: items.length })}
        </h1>
        <ul data-testid="several-items">
          {items.map((item, index) => (
            <li key={`${item.internetMessageId}:${index}`}>{subjectOf(item, none)}</li>
          ))}
        </ul>
      </header>
      {items.some((item) => sourceOf(item) === undefined) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('several.noId')}</MessageBarBody>
        </MessageBar>
      )}
      {matches.status === 'failed' ? (
        <ErrorBar message={paneProblem(matches.error, t)} onRetry={() => setAttempt((n) => n + 1)} />
      ) : matches.status === 'loading' ? (
        <BusyIndicator label={t('loading.lookup')} slowLabel={t('loading.slow')} />
      ) : (
        <SeveralForm items={items} matches={matches.value} />
      )}
    </article>
  );
};
