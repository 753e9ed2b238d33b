import type { Deps } from '../ports/deps';
import type { TierPartition } from '../ports/tier-store.port';

export type ErasureReason = 'request' | 'retention';

/**
 * An erasure under way, in the erased tier's journal from its first step until the tombstone replaces
 * the partition: who asked and why (so `npm run repair` can finish it in their name), where the
 * lookup of mentions stands (so a second run resumes there instead of starting over: the range of
 * postings, and the last posting key done in it) and how many records named the tier so far, and
 * through which key (so none is counted twice).
 */
export type ErasureJournal = {
  by: string;
  reason: ErasureReason;
  startedAt: string;
  phase: 'interactions' | 'tiers' | 'done';
  cursor: string | null;
  /** The last posting key whose record was counted (a step counts, then rewrites). */
  counted?: string;
  mentions?: number;
};

const KEY = 'erasure';

export const erasureJournalOf = (partition: Pick<TierPartition, 'journal'>): ErasureJournal | undefined =>
  partition.journal.find((e) => e.key === KEY)?.value as ErasureJournal | undefined;

export const saveErasureJournal = async (deps: Deps, tierId: string, journal: ErasureJournal): Promise<void> => {
  await deps.tiers.write(tierId, { journal: [{ key: KEY, value: journal }] });
};
