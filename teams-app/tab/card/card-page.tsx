import { Link, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { summarize } from '@relais/domain/browser';
import { isApiProblem, type ApiProblem } from '@relais/ui/api';
import {
  CardLogActions,
  ClientCard,
  TierLink,
  TierNavigationProvider,
  tierName,
  useClientCard,
  useTierNames,
} from '@relais/ui/components/card';
import { ErrorBar, localDay, LoadingState, StatusBar, type StatusNote } from '@relais/ui/components/feedback';
import type { TabSession } from '../host/tab-session';
import { CardUnavailable, type Unavailable } from './card-unavailable';
import { useTierLocation } from './use-tier-location.hook';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, maxWidth: '90rem', margin: '0 auto', boxSizing: 'border-box' },
  back: { display: 'inline-block', marginBottom: tokens.spacingVerticalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
});

/** Marks the first paint of a card, for the benchmark and for real-user timing. */
const markPainted = () => requestAnimationFrame(() => performance.mark('relais:card-painted'));

/** Why a gone tier cannot be shown: an erased person or organisation says so, anything else is "not found". */
const unavailable = (problem: ApiProblem): Unavailable =>
  problem.code === 'TIER.ERASED'
    ? problem.body.kind === 'person'
      ? 'erased-person'
      : 'erased-organisation'
    : 'not-found';

const TierCard = ({ session, tierId }: { session: TabSession; tierId: string }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const { state, reload } = useClientCard(session.api, tierId);
  const painted = useRef(false);
  const [note, setNote] = useState<StatusNote | null>(null);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (!ready || painted.current) return;
    painted.current = true;
    markPainted();
  }, [ready]);
  useEffect(() => {
    if (state.status === 'ready') document.title = `${tierName(state.card.tier)} — Relais`;
  }, [state]);

  if (state.status === 'loading') return <LoadingState label={t('card.loading')} />;
  if (state.status === 'error') {
    const gone =
      isApiProblem(state.error) && (state.error.status === 404 || state.error.status === 410)
        ? unavailable(state.error)
        : undefined;
    return gone ? (
      <CardUnavailable reason={gone} inTeams={session.host.kind === 'teams'} />
    ) : (
      <ErrorBar error={state.error} onRetry={() => void reload()} />
    );
  }
  const { card } = state;
  const survivor = card.tier.status === 'merged' ? card.tier.mergedInto : undefined;
  return (
    <>
      {survivor && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('card.merged')} <TierLink tierId={survivor}>{t('card.openSurvivor')}</TierLink>
          </MessageBarBody>
        </MessageBar>
      )}
      {/* Beside the card, not in it: the card is drawn afresh when it reloads, the dialog must close first. */}
      {card.tier.status === 'active' && (
        <div className={styles.actions}>
          <CardLogActions
            api={session.api}
            tier={summarize(card.tier)}
            people={card.people.items.map((p) => p.person)}
            onLogged={() => {
              setNote({ intent: 'success', text: t('card.log.logged') });
              void reload();
            }}
          />
        </div>
      )}
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      <ClientCard
        key={state.version}
        api={session.api}
        card={card}
        today={localDay()}
        refreshing={state.refreshing}
        onReload={() => void reload()}
      />
    </>
  );
};

/** The channel tab: the card of the organisation the tab is bound to, and of the tiers it links to. */
export const CardPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const location = useTierLocation();
  const home =
    location.boundTierId !== null && location.tierId !== location.boundTierId ? location.boundTierId : null;
  const names = useTierNames(session.api, home ? [home] : []);
  const homeName = home ? names.get(home) : undefined;
  return (
    <main className={styles.page}>
      <TierNavigationProvider value={{ hrefFor: location.hrefFor, navigate: location.navigate }}>
        {home && (
          <Link
            className={styles.back}
            href={location.hrefFor(home)}
            onClick={(event) => {
              event.preventDefault();
              location.navigate(home);
            }}
          >
            ← {t('card.backTo', { name: homeName?.status === 'found' ? homeName.name : '…' })}
          </Link>
        )}
        {location.tierId ? (
          <TierCard key={location.tierId} session={session} tierId={location.tierId} />
        ) : (
          <CardUnavailable reason="unbound" inTeams={session.host.kind === 'teams'} />
        )}
      </TierNavigationProvider>
    </main>
  );
};
