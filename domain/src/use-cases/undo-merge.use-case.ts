import { tierGuard } from '../access/tier-guard';
import { DomainError, type FieldError } from '../errors/domain-error';
import type { CodeOfKind } from '../errors/error-codes';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { toTimelineEntry, type Interaction, type TimelineEntry } from '../model/interaction.schema';
import { displayName, type Tier } from '../model/tier.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import type { RelationEdge, TierPartition, Versioned } from '../ports/tier-store.port';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';
import { refreshReviewPairs } from './duplicates-pairs';
import { requireSteward } from './duplicates.use-case';
import { indexTier } from './index-tier';
import { mergeUndoHours } from './merge-preview.use-case';
import { factKey } from './merge-tiers-facts';
import { journalEntry, journalOf, MergeRequest, type MergeJournal, type MergeUndoData } from './merge-tiers.use-case';
import { refreshRelationEnds } from './relation-ends';
import { refreshTierInsight } from './scores.use-case';
import { loadVisibleTier } from './visible-tier';

const HOUR_MS = 3_600_000;
const refuse = (code: CodeOfKind<'conflict'>, message: string, errors: FieldError[] = []) => new DomainError(code, 'conflict', message, errors);
/** The record without what every write changes: two equal ones say the same. */
const content = (tier: Tier): string => JSON.stringify({ ...tier, updatedAt: undefined });

/** The latest merge of this duplicate into this survivor, as its audit record tells it. */
const mergeRecord = async (deps: Deps, survivorId: string, duplicateId: string): Promise<(AuditRecord & { details: { undo?: MergeUndoData } }) | undefined> =>
  (await deps.audit?.byTarget('tier', survivorId))
    ?.filter((r) => r.action === 'tier.merged' && r.details.duplicateId === duplicateId)
    .sort((a, b) => b.at.localeCompare(a.at))[0];

/**
 * What makes undoing unsafe: the survivor or the facts the merge wrote changed since (undoing would
 * lose that change), or the duplicate is no longer this merge's tombstone. Records that moved
 * (relations, interactions, tasks, requests) are moved back as they are now, so their later
 * changes never block.
 */
const unsafe = (survivor: TierPartition, duplicate: Tier, undo: MergeUndoData): FieldError[] => [
  ...(content(survivor.tier.value) === content(undo.survivorAfter) ? [] : [{ path: 'survivor', message: 'The kept record changed since the merge.' }]),
  ...undo.facts.flatMap(({ written }) => {
    const now = survivor.facts.find((f) => factKey(f) === factKey(written));
    return now && now.value === written.value && now.validTo === written.validTo ? [] : [{ path: `facts.${written.name}`, message: 'This fact changed since the merge.' }];
  }),
  ...(duplicate.status === 'merged' && duplicate.mergedInto === survivor.tier.value.id ? [] : [{ path: 'duplicateId', message: 'The merged record is no longer this merge’s.' }]),
];

/** The two tiers, the time of the undo, and the tiers each of the duplicate's tasks named before the merge. */
type Back = { survivor: Tier; duplicate: Tier; now: string; taskTiers: ReadonlyMap<string, string[]> };

/** Each edge the duplicate had points at it again, with whatever changed on it since. */
const relationsBack = async (deps: Deps, move: Back, originals: readonly RelationEdge[]): Promise<void> => {
  const { survivor, duplicate } = move;
  await Promise.all(
    originals
      .filter((e) => ![e.fromId, e.toId].includes(survivor.id))
      .map(async (original) => {
        const current = (await deps.tiers.getRelation(survivor.id, original.id))?.value;
        if (!current) return;
        const atFrom = original.fromId === duplicate.id;
        const next: RelationEdge = {
          ...current,
          fromId: atFrom ? duplicate.id : current.fromId,
          toId: atFrom ? current.toId : duplicate.id,
          ...(atFrom ? { fromName: displayName(duplicate), fromGuard: tierGuard(duplicate) } : { toName: displayName(duplicate), toGuard: tierGuard(duplicate) }),
          updatedAt: move.now,
        };
        await deps.index.put('relation', original.id, next.fromId, next.toId);
        await Promise.all([deps.tiers.putRelation(duplicate.id, next), deps.tiers.putRelation(atFrom ? next.toId : next.fromId, next)]);
        if (atFrom) await deps.index.remove('relation', original.id, survivor.id);
        await deps.tiers.removeRelation(survivor.id, original.id);
      }),
  );
};

/** The interaction names the duplicate again where it did, the survivor only where it did. */
const interactionBack = async (deps: Deps, move: Back, original: TimelineEntry): Promise<void> => {
  const { survivor, duplicate } = move;
  const hadSurvivor = original.participants.some((p) => p.tierId === survivor.id);
  const next = await retryStaleWrite(async () => {
    const stored = await deps.interactions.get(original.interactionId);
    if (!stored) return undefined;
    if (stored.value.participants.some((p) => p.tierId === duplicate.id)) return { value: stored.value, merged: undefined };
    const dupEntry = { tierId: duplicate.id, name: displayName(duplicate), kind: duplicate.kind };
    const participants: Interaction['participants'] = hadSurvivor
      ? [...stored.value.participants, dupEntry]
      : stored.value.participants.map((p) => (p.tierId === survivor.id ? { ...p, ...dupEntry } : p));
    const value: Interaction = { ...stored.value, participants, updatedAt: move.now };
    const outbox = { ...stored.outbox, tasks: stored.outbox.tasks.map((t) => ({ ...t, tierIds: move.taskTiers.get(t.id) ?? t.tierIds })) };
    await deps.interactions.replace(value, outbox, stored.etag);
    return { value, merged: stored.value };
  }, FEW_WRITE_ATTEMPTS);
  if (!next) return;
  const entry = toTimelineEntry(next.value);
  await Promise.all(next.value.participants.map((p) => deps.tiers.putTimeline(p.tierId, entry)));
  if (!hadSurvivor) await deps.tiers.removeTimeline(survivor.id, entry);
};

const interactionsBack = async (deps: Deps, move: Back): Promise<void> => {
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.tiers.timeline(move.duplicate.id, { limit: 100, ...(cursor ? { cursor } : {}) });
    await Promise.all(page.items.map((entry) => interactionBack(deps, move, entry)));
    cursor = page.nextCursor ?? undefined;
  }
};

/** Tasks name the tiers they named before the merge; their status and dates stay as they are now. */
const tasksBack = async (deps: Deps, move: Back, copies: TierPartition['tasks']): Promise<void> => {
  await Promise.all(
    copies.map(async (copy) => {
      const task = await retryStaleWrite(async () => {
        const stored = await deps.tasks.get(copy.id);
        if (!stored) return undefined;
        const next = { ...stored.value, tierIds: copy.tierIds, updatedAt: move.now };
        if (JSON.stringify(stored.value.tierIds) !== JSON.stringify(copy.tierIds)) await deps.tasks.replace(next, stored.etag);
        return next;
      }, FEW_WRITE_ATTEMPTS);
      if (!task) return;
      await Promise.all([deps.tasks.putAssigneeCopy(task), ...task.tierIds.map((id) => deps.tiers.putTaskCopy(id, task))]);
      if (!copy.tierIds.includes(move.survivor.id)) await deps.tiers.removeTaskCopy(move.survivor.id, copy.id);
    }),
  );
};

/** Requests go back to the duplicate as they are now (a request decided since stays decided). */
const requestsBack = async (deps: Deps, move: Back, copies: TierPartition['changeRequests']): Promise<void> => {
  await Promise.all(
    copies.map(async ({ value: copy }) => {
      const now = (await deps.tiers.getChangeRequest(move.survivor.id, copy.id))?.value ?? copy;
      const restored = { ...now, tierId: move.duplicate.id };
      await deps.tiers.write(move.duplicate.id, { changeRequests: [{ value: restored }] });
      await deps.index.put('change-request', copy.id, move.duplicate.id);
      await deps.index.put('cr-status', restored.status, copy.id, move.duplicate.id);
      await deps.index.remove('change-request', copy.id, move.survivor.id);
      await deps.tiers.removeChangeRequest(move.survivor.id, copy.id);
    }),
  );
};

/** Establishments re-filed by the merge go back under the duplicate, unless re-filed since. */
const subsidiariesBack = async (deps: Deps, move: Back, ids: readonly string[]): Promise<void> => {
  await Promise.all(
    ids.map((id) =>
      retryStaleWrite(async () => {
        const child = await deps.tiers.get(id);
        if (!child || child.value.kind !== 'organisation' || child.value.parentId !== move.survivor.id) return;
        const next: Tier = { ...child.value, parentId: move.duplicate.id, updatedAt: move.now };
        await deps.tiers.write(id, { tier: { value: next, ifMatch: child.etag } });
        await indexTier(deps, next, child.value);
      }, FEW_WRITE_ATTEMPTS),
    ),
  );
};

/**
 * `POST /api/tiers/{id}/merge/undo` `{ duplicateId }` (stewards, admins), within the configured
 * period: the survivor and its facts as they were before the merge (one transaction, the point of
 * no return), then the duplicate active again with its relations, interactions, tasks, requests and
 * establishments pointing at it, the indexes and summaries of both. Refused with 409 when the period
 * is over (`MERGE.UNDO_EXPIRED`), or when the survivor or the facts the merge wrote changed since
 * (`MERGE.UNDO_UNSAFE`, each in `errors`). Each step is idempotent: an undo cut short is completed
 * by asking again.
 */
export const undoMerge = async (deps: Deps, caller: Caller, survivorId: string, input: unknown): Promise<Versioned<Tier>> => {
  requireSteward(caller);
  const { duplicateId } = parseInput(MergeRequest, input);
  await loadVisibleTier(deps, caller, survivorId);
  const [survivorPart, duplicatePart, record] = await Promise.all([deps.tiers.partition(survivorId), deps.tiers.partition(duplicateId), mergeRecord(deps, survivorId, duplicateId)]);
  const journal = survivorPart && journalOf(survivorPart.journal, duplicateId);
  const undo = record?.details.undo;
  if (!survivorPart || !duplicatePart || !journal || !undo || (journal.status !== 'done' && journal.status !== 'undone'))
    throw refuse('MERGE.NOT_FOUND', `Tier ${duplicateId} was not merged into ${survivorId}, or the merge left nothing to undo it with.`, [{ path: 'duplicateId', message: 'No merge of this tier into this one to undo.' }]);
  const now = deps.clock.now();
  if (journal.status === 'done') {
    if (Date.parse(now) - Date.parse(undo.mergedAt) > mergeUndoHours(deps) * HOUR_MS)
      throw refuse('MERGE.UNDO_EXPIRED', `A merge can be undone for ${mergeUndoHours(deps)} hours; this one was made on ${undo.mergedAt}.`);
    const problems = unsafe(survivorPart, duplicatePart.tier.value, undo);
    if (problems.length > 0) throw refuse('MERGE.UNDO_UNSAFE', 'Something the merge changed has changed since: undoing it would lose that. Nothing was undone.', problems);
    const facts = undo.facts.flatMap(({ before }) => (before ? [before] : []));
    const removeFacts = undo.facts.filter(({ before }) => !before).map(({ written }) => written);
    const undone: MergeJournal = { ...journal, status: 'undone', doneAt: now };
    await deps.tiers.write(survivorId, {
      tier: { value: { ...undo.survivorBefore, updatedAt: now }, ifMatch: survivorPart.tier.etag },
      facts,
      removeFacts,
      journal: [journalEntry(undone)],
    });
  }
  const survivor = (await deps.tiers.get(survivorId))!;
  const tombstone = (await deps.tiers.get(duplicateId))!;
  const duplicate: Tier = { ...tombstone.value, status: 'active', mergedInto: undefined, updatedAt: now };
  if (tombstone.value.status === 'merged') await deps.tiers.write(duplicateId, { tier: { value: duplicate, ifMatch: tombstone.etag } });
  const move: Back = { survivor: survivor.value, duplicate, now, taskTiers: new Map(duplicatePart.tasks.map((t) => [t.id, t.tierIds])) };
  await Promise.all([
    relationsBack(deps, move, duplicatePart.relations),
    interactionsBack(deps, move),
    requestsBack(deps, move, duplicatePart.changeRequests),
    subsidiariesBack(deps, move, undo.subsidiaryIds),
  ]);
  await tasksBack(deps, move, duplicatePart.tasks);
  await Promise.all([indexTier(deps, survivor.value, undo.survivorAfter), indexTier(deps, duplicate)]);
  await Promise.all([
    refreshRelationEnds(deps, survivor.value, (await deps.tiers.partition(survivorId))?.relations ?? []),
    refreshTierInsight(deps, survivorId),
    refreshTierInsight(deps, duplicateId),
    refreshReviewPairs(deps, survivor.value),
  ]);
  await deps.audit?.append({
    id: `${record.id}~undone`,
    at: now,
    actorId: caller.userId,
    action: 'tier.merge-undone',
    targetType: 'tier',
    targetId: survivorId,
    details: { duplicateId, mergeRecordId: record.id },
  });
  return survivor;
};
