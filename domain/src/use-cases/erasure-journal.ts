import type { Deps } from '../ports/deps';
import type { TierPartition } from '../ports/tier-store.port';

export type ErasureReason = 'request' | 'retention';

/**
 * An erasure under way, in the erased tier's journal from its first step until the tombstone replaces
 * the partition: who asked and why (so `npm run repair` can finish it in their name), and where the
 * scan for mentions stands (so a second run resumes there instead of starting over).
 */
export type ErasureJournal = {
  by: string;
  reason: ErasureReason;
  startedAt: string;
  phase: 'interactions' | 'tiers' | 'done';
  cursor: string | null;
};

const KEY = 'erasure';

export const erasureJournalOf = (partition: Pick<TierPartition, 'journal'>): ErasureJournal | undefined =>
  partition.journal.find((e) => e.key === KEY)?.value as ErasureJournal | undefined;

export const saveErasureJournal = async (deps: Deps, tierId: string, journal: ErasureJournal): Promise<void> => {
  await deps.tiers.write(tierId, { journal: [{ key: KEY, value: journal }] });
};
