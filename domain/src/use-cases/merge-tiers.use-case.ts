import { z } from 'zod';
import { canSee } from '../access/visibility';
import { DomainError, isDomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { CodeOfKind } from '../errors/error-codes';
import type { Caller } from '../model/caller';
import { Id } from '../model/common.schema';
import type { FactVersion } from '../model/fact';
import { displayName, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { JournalEntry, Versioned } from '../ports/tier-store.port';
import { refreshReviewPairs } from './duplicates-pairs';
import { requireSteward } from './duplicates.use-case';
import { indexTier } from './index-tier';
import { currentValue, factKey, survivorFactWrites, type FactPick } from './merge-tiers-facts';
import { moveRecords } from './merge-tiers-moves';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';
import { isListPick, mergeProfiles, pickableFields, type FieldPick } from './merge-tiers-profile';
import { tierWithElementIds } from './element-ids';
import { factDefinition } from '../model/fact-definitions';
import { mergeTierInsight } from './scores.use-case';
import { loadVisibleTier } from './visible-tier';
import { refreshRelationEnds } from './relation-ends';

/**
 * `picks` says, field by field, which record a field of the merged tier comes from: `survivor` or
 * `duplicate` (for a list also `both`, its default); a dated fact is picked as `facts.<name>`.
 * Unpicked, the survivor's values and facts are kept, the duplicate's filling gaps only.
 */
export const MergePicks = z.record(z.string().max(80), z.enum(['survivor', 'duplicate', 'both'])).meta({ id: 'MergePicks' });
export type MergePicks = z.infer<typeof MergePicks>;
export const MergeRequest = z.object({ duplicateId: Id, picks: MergePicks.optional() }).strict().meta({ id: 'MergeRequest' });

/** The survivor's journal entry for one merge: written before the duplicate is touched, marked done last (or undone). */
export type MergeJournal = {
  duplicateId: string;
  by: string;
  startedAt: string;
  status: 'started' | 'done' | 'abandoned' | 'undone';
  doneAt?: string;
  picks?: MergePicks;
};

export const journalKey = (duplicateId: string): string => `merge~${duplicateId}`;
export const journalOf = (entries: readonly JournalEntry[], duplicateId: string): MergeJournal | undefined =>
  entries.find((e) => e.key === journalKey(duplicateId))?.value as MergeJournal | undefined;
export const journalEntry = (journal: MergeJournal): JournalEntry => ({ key: journalKey(journal.duplicateId), value: journal });
const entry = journalEntry;

/** What a merge's audit record keeps so it can be undone: both records and the survivor's facts as they were. */
export type MergeUndoData = {
  mergedAt: string;
  survivorBefore: Tier;
  survivorAfter: Tier;
  /** Each fact version the merge wrote, and the survivor's version it replaced (null: none, it was added). */
  facts: { written: FactVersion; before: FactVersion | null }[];
  subsidiaryIds: string[];
};

/** The pick of each dated fact (`facts.<name>`), as the fact merge reads them. */
const factPicks = (picks: MergePicks = {}): Record<string, FactPick> =>
  Object.fromEntries(Object.entries(picks).flatMap(([field, pick]) => (field.startsWith('facts.') && pick !== 'both' ? [[field.slice(6), pick]] : [])));
const profilePicks = (picks: MergePicks = {}): Record<string, FieldPick> => Object.fromEntries(Object.entries(picks).filter(([field]) => !field.startsWith('facts.')));

/** Picks name fields a merge may pick, with a choice that fits them; each wrong one is named. */
export const checkPicks = (kind: Tier['kind'], picks: MergePicks = {}): void => {
  const errors = Object.entries(picks).flatMap(([field, pick]) => {
    const path = `picks.${field}`;
    if (field.startsWith('facts.')) return factDefinition(field.slice(6)) && pick !== 'both' ? [] : [{ path, message: 'Pick a known fact, survivor or duplicate.' }];
    if (!pickableFields[kind].includes(field)) return [{ path, message: `Not a field a merge picks; fields: ${pickableFields[kind].join(', ')}, facts.<name>.` }];
    return pick === 'both' && !isListPick(field) ? [{ path, message: 'Only a list keeps both.' }] : [];
  });
  if (errors.length > 0) throw new DomainError('REQUEST.INVALID', 'invalid', 'The merge picks are not valid.', errors);
};

const rule = (code: CodeOfKind<'rule'>, message: string, path = 'duplicateId') => new DomainError(code, 'rule', message, [{ path, message }]);
const isStale = (error: unknown) => isDomainError(error) && error.kind === 'precondition-failed';


/**
 * The commit point of a merge: the duplicate becomes a tombstone under the ETag it had when it was
 * read, so of two crossing or racing merges only one wins. True when the duplicate is (now) merged
 * into the survivor, whoever wrote it.
 */
const commitTombstone = async (deps: Deps, duplicate: Versioned<Tier>, survivorId: string, at: string): Promise<boolean> => {
  if (duplicate.value.status !== 'active') return duplicate.value.status === 'merged' && duplicate.value.mergedInto === survivorId;
  try {
    await deps.tiers.write(duplicate.value.id, { tier: { value: { ...duplicate.value, status: 'merged', mergedInto: survivorId, updatedAt: at }, ifMatch: duplicate.etag } });
    return true;
  } catch (error) {
    if (!isStale(error)) throw error;
    const now = await deps.tiers.get(duplicate.value.id);
    return now?.value.status === 'merged' && now.value.mergedInto === survivorId;
  }
};

/**
 * The second half of a merge, once the duplicate is a tombstone: move what pointed to it, give the
 * survivor its data and history, fix the indexes, audit, and mark the journal done. Idempotent,
 * so a re-run or the repair pass completes an interrupted merge.
 */
const completeMerge = async (deps: Deps, survivorId: string, journal: MergeJournal): Promise<Versioned<Tier>> => {
  const now = deps.clock.now();
  const [found, survivor] = await Promise.all([deps.tiers.get(journal.duplicateId), deps.tiers.get(survivorId)]);
  if (!found || survivor?.value.status !== 'active' || !(await commitTombstone(deps, found, survivorId, now))) {
    await deps.tiers.write(survivorId, { journal: [entry({ ...journal, status: 'abandoned', doneAt: now })] });
    throw new DomainError('TIER.MERGE_CONFLICT', 'conflict', `Tier ${journal.duplicateId} changed, or a tier of this merge is gone or merged elsewhere; nothing was merged. Reload and try again.`);
  }
  const duplicate = (await deps.tiers.partition(journal.duplicateId))!;
  const dupTier = duplicate.tier.value;
  const moves = await moveRecords(deps, { survivor: survivor.value, duplicateId: dupTier.id, now }, duplicate);
  const active = { ...dupTier, status: 'active' as const, mergedInto: undefined };
  await indexTier(deps, { ...active, status: 'merged', mergedInto: survivorId }, active);
  const result = await retryStaleWrite(async () => {
    const current = (await deps.tiers.partition(survivorId))!;
    const facts = survivorFactWrites(current.facts, duplicate.facts, { kind: 'merge', id: dupTier.id }, journal.startedAt, factPicks(journal.picks));
    const all = new Map(current.facts.map((f) => [factKey(f), f]));
    facts.forEach((f) => all.set(factKey(f), f));
    const lifecycle = currentValue([...all.values()], 'lifecycle');
    const owner = currentValue([...all.values()], 'owner');
    const next = tierWithElementIds(deps.ids, {
      ...mergeProfiles(current.tier.value, active, profilePicks(journal.picks)),
      ...(typeof lifecycle === 'string' ? { lifecycle } : {}),
      ...(typeof owner === 'string' ? { owner } : {}),
      updatedAt: now,
    } as Tier);
    const undo: MergeUndoData = {
      mergedAt: journal.startedAt,
      survivorBefore: current.tier.value,
      survivorAfter: next,
      facts: facts.map((written) => ({ written, before: current.facts.find((f) => factKey(f) === factKey(written)) ?? null })),
      subsidiaryIds: moves.subsidiaryIds,
    };
    // Before the survivor changes: an audit record exists for every merge that took place (one per merge, by its start).
    await deps.audit?.append({
      id: `${journalKey(dupTier.id)}~${journal.startedAt}`,
      at: now,
      actorId: journal.by,
      action: 'tier.merged',
      targetType: 'tier',
      targetId: survivorId,
      details: { duplicateId: dupTier.id, duplicateName: displayName(dupTier), survivorName: displayName(current.tier.value), picks: journal.picks ?? {}, moved: moves.counts, undo },
    });
    await indexTier(deps, next, current.tier.value);
    const etag = await deps.tiers.write(survivorId, {
      tier: { value: next, ifMatch: current.tier.etag },
      facts,
      journal: [entry({ ...journal, status: 'done', doneAt: now })],
    });
    return { value: next, etag: etag ?? current.tier.etag };
  }, FEW_WRITE_ATTEMPTS);
  // The survivor may be named differently now (a commercial name from the duplicate): its edges follow.
  await refreshRelationEnds(deps, result.value, (await deps.tiers.partition(survivorId))?.relations ?? []);
  await refreshReviewPairs(deps, result.value);
  await mergeTierInsight(deps, survivorId, dupTier.id);
  return result;
};

/**
 * Completes the merges into this tier that were interrupted (before a new merge, and in the repair
 * pass). One that can no longer complete is marked abandoned in the journal and skipped.
 */
export const completePendingMerges = async (deps: Deps, tierId: string): Promise<void> => {
  const partition = await deps.tiers.partition(tierId);
  for (const e of partition?.journal ?? []) {
    const journal = e.value as MergeJournal;
    if (!e.key.startsWith('merge~') || journal.status !== 'started') continue;
    try {
      await completeMerge(deps, tierId, journal);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'TIER.MERGE_CONFLICT') throw error;
    }
  }
};

const checkPair = (survivor: Tier, duplicate: Tier): void => {
  if (survivor.status === 'merged')
    throw new DomainError('TIER.MERGED', 'conflict', `Tier ${survivor.id} was merged into ${survivor.mergedInto}; merge into that one.`, [], {
      mergedInto: survivor.mergedInto,
    });
  if (duplicate.status !== 'active')
    throw new DomainError('TIER.MERGED', 'conflict', `Tier ${duplicate.id} is no longer active (${duplicate.status}).`, [], { mergedInto: duplicate.mergedInto });
  if (survivor.kind !== duplicate.kind) throw rule('TIER.MERGE_KIND_MISMATCH', `A ${duplicate.kind} cannot be merged into a ${survivor.kind}.`);
  if (survivor.kind === 'organisation' && duplicate.kind === 'organisation' && survivor.siren && duplicate.siren && survivor.siren !== duplicate.siren)
    throw rule('TIER.MERGE_IDENTITY_CONFLICT', `Different SIRENs (${survivor.siren}, ${duplicate.siren}) are two legal entities; correct the wrong one first.`);
};

/**
 * Takes the survivor's journal entry under its ETag (If-Match when the caller sent one), unless this
 * merge is under way already. Returns false when it is.
 */
const startJournal = async (deps: Deps, caller: Caller, survivorId: string, duplicateId: string, ifMatch: string | undefined, picks?: MergePicks): Promise<boolean> => {
  for (let attempt = 0; ; attempt += 1) {
    const current = await deps.tiers.partition(survivorId);
    if (!current) throw new DomainError('TIER.NOT_FOUND', 'not-found', `No tier with id ${survivorId}.`);
    if (journalOf(current.journal, duplicateId)?.status === 'started') return false;
    if (ifMatch && ifMatch !== current.tier.etag)
      throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The tier changed since you read it; reload and try again.');
    const journal: MergeJournal = { duplicateId, by: caller.userId, startedAt: deps.clock.now(), status: 'started', ...(picks ? { picks } : {}) };
    try {
      await deps.tiers.write(survivorId, { tier: { value: { ...current.tier.value, updatedAt: journal.startedAt }, ifMatch: current.tier.etag }, journal: [entry(journal)] });
      return true;
    } catch (error) {
      if (!isStale(error) || attempt >= 3) throw error;
    }
  }
};

/**
 * Everything of a merge up to its commit point: checks, the survivor's journal, the duplicate's
 * tombstone. What is left (`completePendingMerges`) is idempotent, so it can run later, elsewhere.
 * `done` when the merge was complete already.
 */
export const beginMerge = async (
  deps: Deps,
  caller: Caller,
  survivorId: string,
  input: unknown,
  ifMatch?: string,
): Promise<{ done: Versioned<Tier> } | { journal: MergeJournal }> => {
  requireSteward(caller);
  const { duplicateId, picks } = parseInput(MergeRequest, input);
  if (duplicateId === survivorId) throw rule('TIER.MERGE_INTO_ITSELF', 'A tier cannot be merged into itself.');
  const survivor = await loadVisibleTier(deps, caller, survivorId);
  const duplicate = await deps.tiers.get(duplicateId);
  if (!duplicate || !canSee(caller, duplicate.value)) throw rule('TIER.INVALID_REFERENCE', 'No tier with this id.');
  const survivorPartition = (await deps.tiers.partition(survivorId))!;
  const journal = journalOf(survivorPartition.journal, duplicateId);
  if (journal?.status === 'done') return { done: survivor };
  if (journal?.status === 'started') return { journal };
  checkPair(survivor.value, duplicate.value);
  checkPicks(survivor.value.kind, picks);
  await Promise.all([completePendingMerges(deps, survivorId), completePendingMerges(deps, duplicateId)]);
  const started = await startJournal(deps, caller, survivorId, duplicateId, ifMatch, picks);
  const own = journalOf((await deps.tiers.partition(survivorId))!.journal, duplicateId)!;
  if (started && !(await commitTombstone(deps, duplicate, survivorId, own.startedAt))) {
    await deps.tiers.write(survivorId, { journal: [entry({ ...own, status: 'abandoned', doneAt: deps.clock.now() })] });
    throw new DomainError('TIER.MERGE_CONFLICT', 'conflict', 'The duplicate changed while merging; nothing was merged. Reload both tiers and try again.');
  }
  return { journal: own };
};

/**
 * `POST /api/tiers/{id}/merge`: the duplicate's data, history, relations, interactions, tasks and
 * change requests go to the survivor; the duplicate becomes a tombstone pointing to it. The
 * survivor keeps its values and facts (its "followed by" included) unless `picks` says otherwise;
 * the duplicate's facts join the history. A merge already done answers with the survivor; one
 * interrupted is completed.
 */
export const mergeTiers = async (deps: Deps, caller: Caller, survivorId: string, input: unknown, ifMatch?: string): Promise<Versioned<Tier>> => {
  const begun = await beginMerge(deps, caller, survivorId, input, ifMatch);
  return 'done' in begun ? begun.done : completeMerge(deps, survivorId, begun.journal);
};

/** What moving the duplicate's records would touch, counted up to `limit` (a page of its timeline at most). */
export const mergeMoveCount = async (deps: Deps, duplicateId: string, limit: number): Promise<number> => {
  const [partition, timeline] = await Promise.all([deps.tiers.partition(duplicateId), deps.tiers.timeline(duplicateId, { limit })]);
  if (!partition) return 0;
  return partition.relations.length + partition.tasks.length + partition.changeRequests.length + timeline.items.length;
};
