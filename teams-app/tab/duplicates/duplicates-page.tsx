import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { DuplicatePair, JobView, TierSummary } from '@relais/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@relais/ui/api';
import { TierNavigationProvider } from '@relais/ui/components/card';
import { EmptyState, ErrorBar, LoadingState, StatusBar, type StatusNote } from '@relais/ui/components/feedback';
import { tabHref } from '../host/tab-links';
import type { TabSession } from '../host/tab-session';
import { DuplicatePairRow, pairNames } from './duplicate-pair-row';
import { MergeReview, type Picks } from './merge-review';
import { pairKey, useDuplicates } from './use-duplicates.hook';

/** The last merge, while it may be undone from here. */
type Undoable = { keepId: string; otherId: string; name: string; other: string };

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalM, maxWidth: '60rem', margin: '0 auto', boxSizing: 'border-box', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const hrefForTier = (tierId: string) => tabHref('/tab/card', { tierId });

/**
 * The data steward's review of likely duplicates: merge into the record to keep (after a review of
 * what each field becomes, and with an undo afterwards), or mark the pair distinct.
 */
export const DuplicatesPage = ({ session }: { session: TabSession }) => {
  const styles = useStyles();
  const { t } = useTranslation();
  const duplicates = useDuplicates(session.api);
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<StatusNote | null>(null);
  const [moving, setMoving] = useState<{ job: JobView; name: string; other: string } | null>(null);
  const [reviewing, setReviewing] = useState<{ pair: string; keep: TierSummary; other: TierSummary } | null>(null);
  const [undoable, setUndoable] = useState<Undoable | null>(null);

  const act = async (pair: DuplicatePair, action: () => Promise<unknown>, success: string, goneId?: string): Promise<boolean> => {
    setBusy(pairKey(pair));
    setNote(null);
    setUndoable(null);
    try {
      await action();
      duplicates.remove(pair, goneId);
      setNote({ intent: 'success', text: success });
      return true;
    } catch (error) {
      setNote({ intent: 'error', text: t('duplicates.failed', { reason: problemMessage(error, t) }) });
      return false;
    } finally {
      setBusy(null);
      setMoving(null);
    }
  };
  const nameIn = (pair: DuplicatePair, tier: TierSummary) => pairNames(pair, t)[tier.id === pair.aId ? 'a' : 'b'];
  const merge = (pair: DuplicatePair, keep: TierSummary, other: TierSummary, picks: Picks) => {
    const [name, otherName] = [nameIn(pair, keep), nameIn(pair, other)];
    setReviewing(null);
    return act(pair, () => duplicates.merge(keep.id, other.id, picks, (job) => setMoving({ job, name, other: otherName })), t('duplicates.merged', { name, other: otherName }), other.id).then((done) => {
      if (done) setUndoable({ keepId: keep.id, otherId: other.id, name, other: otherName });
    });
  };
  const undo = async (last: Undoable) => {
    setUndoable(null);
    try {
      await duplicates.undo(last.keepId, last.otherId);
      setNote({ intent: 'success', text: t('duplicates.undone', { other: last.other }) });
      duplicates.reload();
    } catch (error) {
      setNote({ intent: 'error', text: t('duplicates.failed', { reason: problemMessage(error, t) }) });
    }
  };
  const distinct = (pair: DuplicatePair) => act(pair, () => duplicates.markDistinct(pair), t('duplicates.markedDistinct', { a: pair.a.name, b: pair.b.name }));

  return (
    <main className={styles.page}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('duplicates.title')}</h1>
        <Button size="small" onClick={duplicates.reload} disabled={duplicates.loading}>
          {t('duplicates.refresh')}
        </Button>
      </div>
      <p className={styles.intro}>{t('duplicates.intro')}</p>
      <StatusBar note={note} onDismiss={() => setNote(null)} />
      {moving && (
        <Field
          label={t('duplicates.mergeProgress', { name: moving.name, other: moving.other, done: moving.job.progress.done, total: moving.job.progress.total })}
          validationState="none"
        >
          <ProgressBar value={moving.job.progress.total > 0 ? moving.job.progress.done / moving.job.progress.total : undefined} />
        </Field>
      )}
      {undoable && (
        <div>
          <Button onClick={() => void undo(undoable)} aria-label={t('duplicates.undoLabel', { name: undoable.name, other: undoable.other })}>
            {t('duplicates.undo')}
          </Button>
        </div>
      )}
      {duplicates.error ? <ErrorBar error={duplicates.error} onRetry={duplicates.reload} /> : null}
      {!duplicates.loaded && duplicates.loading && <LoadingState label={t('duplicates.loading')} />}
      {duplicates.loaded && duplicates.items.length === 0 && !duplicates.error && <EmptyState>{t('duplicates.none')}</EmptyState>}
      <TierNavigationProvider value={{ hrefFor: hrefForTier }}>
        <ul className={styles.list}>
          {duplicates.items.map((pair) => (
            <DuplicatePairRow
              key={pairKey(pair)}
              pair={pair}
              busy={busy === pairKey(pair)}
              onMerge={(keep, other) => setReviewing({ pair: pairKey(pair), keep, other })}
              onDistinct={() => void distinct(pair)}
            >
              {reviewing?.pair === pairKey(pair) && (
                <MergeReview
                  key={reviewing.keep.id}
                  api={session.api}
                  keep={reviewing.keep}
                  keepName={nameIn(pair, reviewing.keep)}
                  other={reviewing.other}
                  otherName={nameIn(pair, reviewing.other)}
                  onConfirm={(picks) => void merge(pair, reviewing.keep, reviewing.other, picks)}
                  onCancel={() => setReviewing(null)}
                />
              )}
            </DuplicatePairRow>
          ))}
        </ul>
      </TierNavigationProvider>
      {duplicates.nextCursor && (
        <Button onClick={duplicates.loadMore} disabled={duplicates.loading}>
          {t('duplicates.loadMore')}
        </Button>
      )}
    </main>
  );
};
