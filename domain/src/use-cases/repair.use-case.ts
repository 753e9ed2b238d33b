import { isDomainError } from '../errors/domain-error';
import type { Deps } from '../ports/deps';
import { saveNewTask } from './tasks.use-case';
import { refreshReviewPairs } from './duplicates-pairs';
import { eraseTier } from './erase-person.use-case';
import { erasureJournalOf } from './erasure-journal';
import { tierWithElementIds } from './element-ids';
import { indexTier } from './index-tier';
import { completeInteraction } from './complete-interaction';
import { catchUpInsight } from './insight-catch-up.use-case';
import { completePendingMerges } from './merge-tiers.use-case';
import { forEachLimited } from './for-each-limited';
import { refreshTierInsight } from './scores.use-case';
import { auditRef, auditTokens, changeRequestRef, changeRequestTokens, interactionRef, interactionTokens, postMentions, profileRef, profileTokens, taskRef, taskTokens } from './mention-postings';
import type { TierPartition } from '../ports/tier-store.port';

export type RepairReport = { tiers: number; interactions: number };

/**
 * The postings of what a tier's partition and audit hold (its profile, change requests, tasks, and
 * the audit records about it): records written before postings existed are found by erasure once
 * the repair has run.
 */
const repostTier = async (deps: Deps, partition: TierPartition): Promise<void> => {
  const tier = partition.tier.value;
  const audit = deps.audit;
  await Promise.all([
    postMentions(deps.index, profileRef(tier.id), profileTokens(tier)),
    ...partition.changeRequests.map(({ value }) => postMentions(deps.index, changeRequestRef(value), changeRequestTokens(value))),
    ...partition.tasks.map(async (copy) => {
      const task = (await deps.tasks.get(copy.id))?.value ?? copy;
      await postMentions(deps.index, taskRef(task.id), taskTokens(task));
    }),
  ]);
  if (!audit) return;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await audit.query({ tierId: tier.id, limit: 200, ...(cursor ? { cursor } : {}) });
    await Promise.all(page.items.map((record) => postMentions(deps.index, auditRef(record), auditTokens(record))));
    cursor = page.nextCursor ?? undefined;
  }
};

/**
 * Completes whatever a crash left half-written: finishes interrupted merges and erasures, re-derives every index
 * entry from its tier, stores the ids of list elements written before elements had ids, copies
 * each relation edge to its other side, re-runs every interaction's
 * outbox, re-derives the tier's pairs on the duplicates review list and its summary (scores,
 * segments), posts every record's free text under its tokens again (see mention-postings.ts), and
 * redoes the insight work marked for catch-up. All writes are idempotent, so running it on a
 * healthy base changes nothing.
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
  // Tiers stored before list elements had ids get them, once: the ids derive from the elements.
  const withIds = tierWithElementIds(deps.ids, partition.tier.value);
  if (withIds !== partition.tier.value)
    await deps.tiers.write(tierId, { tier: { value: withIds, ifMatch: partition.tier.etag } }).catch((error: unknown) => {
      // Written meanwhile, so through the store that gives ids: nothing left to do.
      if (!isDomainError(error) || error.kind !== 'precondition-failed') throw error;
    });
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
    repostTier(deps, partition),
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
      if (!stored) return;
      await Promise.all([
        completeInteraction(deps, stored.value, stored.outbox),
        postMentions(deps.index, interactionRef(id), interactionTokens(stored.value, stored.outbox)),
      ]);
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
