import type { Deps } from '../ports/deps';
import { saveNewTask } from './tasks.use-case';
import { refreshReviewPairs } from './duplicates-pairs';
import { eraseTier } from './erase-person.use-case';
import { erasureJournalOf } from './erasure-journal';
import { indexTier } from './index-tier';
import { completeInteraction } from './complete-interaction';
import { catchUpInsight } from './insight-catch-up.use-case';
import { completePendingMerges } from './merge-tiers.use-case';
import { forEachLimited } from './for-each-limited';
import { refreshTierInsight } from './scores.use-case';

export type RepairReport = { tiers: number; interactions: number };

/**
 * Completes whatever a crash left half-written: finishes interrupted merges and erasures, re-derives every index
 * entry from its tier, copies each relation edge to its other side, re-runs every interaction's
 * outbox, re-derives the tier's pairs on the duplicates review list and its summary (scores,
 * segments), and redoes the insight work marked for catch-up. All writes are idempotent,
 * so running it on a healthy base changes nothing.
 */
export const repairTier = async (deps: Deps, tierId: string): Promise<void> => {
  await completePendingMerges(deps, tierId);
  const partition = await deps.tiers.partition(tierId);
  // A merged tier's records went to its survivor: re-deriving its entries would point them back.
  if (!partition || partition.tier.value.status === 'merged') return;
  // An erasure that stopped half-way is finished, in the name of who asked for it, and nothing of it re-derived.
  const erasing = erasureJournalOf(partition);
  if (erasing && partition.tier.value.status !== 'erased') {
    await eraseTier(deps, erasing.by, tierId, erasing.reason);
    return;
  }
  await indexTier(deps, partition.tier.value);
  await Promise.all([
    ...partition.relations.map(async (edge) => {
      await deps.index.put('relation', edge.id, edge.fromId, edge.toId);
      const otherId = edge.fromId === tierId ? edge.toId : edge.fromId;
      const other = await deps.tiers.getRelation(otherId, edge.id);
      if (!other || other.value.updatedAt < edge.updatedAt) await deps.tiers.putRelation(otherId, edge);
    }),
    ...partition.tasks.map(async (task) => (await deps.tasks.get(task.id)) ?? saveNewTask(deps, task)),
    ...partition.changeRequests.map(async ({ value }) => {
      await deps.index.put('change-request', value.id, value.tierId);
      await deps.index.put('cr-status', value.status, value.id, value.tierId);
    }),
    refreshReviewPairs(deps, partition.tier.value),
    refreshTierInsight(deps, tierId),
  ]);
};

/** Tiers repaired at once: each touches its own partition and a few index rows, so more would only queue at the storage. */
export const REPAIR_TIER_CONCURRENCY = 16;
/** Interactions completed at once: their insight lands on shared rows (the rep's day), which more would make contend. */
export const REPAIR_INTERACTION_CONCURRENCY = 8;
const PAGE = 200;

export type RepairPhase = 'tiers' | 'interactions' | 'catch-up';
export type RepairCursor = { phase: RepairPhase; cursor: string | null };

/**
 * One page of the repair: a page of tiers, then of interactions, then the insight catch-up. Returns
 * how many records it repaired and where the next page starts (null when the repair is done). Each
 * page is idempotent, so the job that drives it may run a page twice.
 */
export const repairPage = async (deps: Deps, at: RepairCursor): Promise<{ repaired: number; next: RepairCursor | null }> => {
  if (at.phase === 'catch-up') {
    // Insight work marked for catch-up (tasks' and new tiers' days; the rest was redone with the pages).
    await catchUpInsight(deps);
    return { repaired: 0, next: null };
  }
  const page = await (at.phase === 'tiers' ? deps.tiers : deps.interactions).listIds(PAGE, at.cursor ?? undefined);
  if (at.phase === 'tiers') await forEachLimited(page.items, REPAIR_TIER_CONCURRENCY, (id) => repairTier(deps, id));
  else
    await forEachLimited(page.items, REPAIR_INTERACTION_CONCURRENCY, async (id) => {
      const stored = await deps.interactions.get(id);
      if (stored) await completeInteraction(deps, stored.value, stored.outbox);
    });
  const next: RepairCursor = page.nextCursor ? { phase: at.phase, cursor: page.nextCursor } : { phase: at.phase === 'tiers' ? 'interactions' : 'catch-up', cursor: null };
  return { repaired: page.items.length, next };
};

export const repairAll = async (deps: Deps, onProgress: (report: RepairReport) => void = () => {}): Promise<RepairReport> => {
  const report: RepairReport = { tiers: 0, interactions: 0 };
  for (let at: RepairCursor | null = { phase: 'tiers', cursor: null }; at; ) {
    const { repaired, next } = await repairPage(deps, at);
    if (at.phase !== 'catch-up') report[at.phase] += repaired;
    onProgress(report);
    at = next;
  }
  return report;
};
