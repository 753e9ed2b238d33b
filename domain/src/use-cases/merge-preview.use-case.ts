import { z } from 'zod';
import { canSee } from '../access/visibility';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { summarize, TierSummary } from '../model/tier-summary';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { requireSteward } from './duplicates.use-case';
import { tierWithElementIds } from './element-ids';
import { currentValue, survivorFactWrites } from './merge-tiers-facts';
import { isListPick, mergeProfiles, pickableFields } from './merge-tiers-profile';
import { checkPicks, MergeRequest, type MergePicks } from './merge-tiers.use-case';
import { loadActiveTier } from './visible-tier';

/** How long a merge can be undone when the configuration does not say. */
export const DEFAULT_MERGE_UNDO_HOURS = 24;
export const mergeUndoHours = (deps: Deps): number => deps.config.mergeUndoHours ?? DEFAULT_MERGE_UNDO_HOURS;

const Pick = z.enum(['survivor', 'duplicate', 'both']);
export const MergePreviewField = z
  .object({
    /** A tier field (`names`, `website`…) or a dated fact (`facts.owner`). */
    field: z.string(),
    survivor: z.unknown(),
    duplicate: z.unknown(),
    /** What the merged tier will hold with `pick`. */
    result: z.unknown(),
    pick: Pick,
    choices: z.array(Pick),
    /** Both records say the same: nothing to choose. */
    same: z.boolean(),
  })
  .meta({ id: 'MergePreviewField' });
export type MergePreviewField = z.infer<typeof MergePreviewField>;

export const MergePreview = z
  .object({
    survivor: TierSummary,
    duplicate: TierSummary,
    fields: z.array(MergePreviewField),
    /** What moves to the survivor; `interactionsMore` when the duplicate has more than were counted. */
    moves: z.object({ relations: z.number(), interactions: z.number(), interactionsMore: z.boolean(), tasks: z.number(), changeRequests: z.number() }),
    /** For how long, once merged, the merge can be undone. */
    undoHours: z.number(),
  })
  .meta({ id: 'MergePreview' });
export type MergePreview = z.infer<typeof MergePreview>;

const TIMELINE_COUNTED = 200;
const isEmpty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const valueOf = (tier: Tier, field: string): unknown => (tier as Record<string, unknown>)[field];

/**
 * `POST /api/tiers/{id}/merge/preview` `{ duplicateId, picks? }`: what each field and dated fact
 * of the survivor will be after the merge with those picks, what the steward may pick instead,
 * and what moves. Writes nothing; refuses what the merge would refuse.
 */
export const previewMerge = async (deps: Deps, caller: Caller, survivorId: string, input: unknown): Promise<MergePreview> => {
  requireSteward(caller);
  const { duplicateId, picks } = parseInput(MergeRequest, input);
  if (duplicateId === survivorId) throw new DomainError('TIER.MERGE_INTO_ITSELF', 'rule', 'A tier cannot be merged into itself.', [{ path: 'duplicateId', message: 'A tier cannot be merged into itself.' }]);
  const survivor = await loadActiveTier(deps, caller, survivorId);
  const [partition, other, page] = await Promise.all([deps.tiers.partition(survivorId), deps.tiers.partition(duplicateId), deps.tiers.timeline(duplicateId, { limit: TIMELINE_COUNTED })]);
  if (!other || !canSee(caller, other.tier.value) || other.tier.value.status !== 'active' || other.tier.value.kind !== survivor.value.kind)
    throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'No tier with this id can be merged into this one.', [{ path: 'duplicateId', message: 'No active tier of the same kind with this id.' }]);
  checkPicks(survivor.value.kind, picks);
  const s = survivor.value;
  const d = tierWithElementIds(deps.ids, other.tier.value);
  const chosen: MergePicks = picks ?? {};
  const merged = mergeProfiles(s, d, Object.fromEntries(Object.entries(chosen).filter(([f]) => !f.startsWith('facts.'))));
  const fields: MergePreviewField[] = pickableFields[s.kind]
    .filter((field) => !isEmpty(valueOf(s, field)) || !isEmpty(valueOf(d, field)))
    .map((field) => ({
      field,
      survivor: valueOf(s, field) ?? null,
      duplicate: valueOf(d, field) ?? null,
      result: valueOf(merged, field) ?? null,
      pick: chosen[field] ?? (isListPick(field) ? 'both' : 'survivor'),
      choices: isListPick(field) ? ['both', 'survivor', 'duplicate'] : ['survivor', 'duplicate'],
      same: same(valueOf(s, field), valueOf(d, field)),
    }));
  const own = partition?.facts ?? [];
  const names = [...new Set([...own, ...other.facts].map((f) => f.name))].sort();
  const facts = names.map((name): MergePreviewField => {
    const pick = chosen[`facts.${name}`] === 'duplicate' ? 'duplicate' : 'survivor';
    const written = survivorFactWrites(own, other.facts, { kind: 'merge', id: duplicateId }, deps.clock.now(), { [name]: pick });
    const after = [...own.filter((f) => !written.some((w) => w.name === f.name && w.validFrom === f.validFrom)), ...written];
    const [mine, theirs] = [currentValue(own, name), currentValue(other.facts, name)];
    return { field: `facts.${name}`, survivor: mine ?? null, duplicate: theirs ?? null, result: currentValue(after, name) ?? null, pick, choices: ['survivor', 'duplicate'], same: same(mine, theirs) };
  });
  const between = (e: { fromId: string; toId: string }) => [e.fromId, e.toId].includes(survivorId);
  return {
    survivor: summarize(s),
    duplicate: summarize(d),
    fields: [...fields, ...facts],
    moves: {
      relations: other.relations.filter((e) => !between(e)).length,
      interactions: page.items.length,
      interactionsMore: page.nextCursor !== null,
      tasks: other.tasks.length,
      changeRequests: other.changeRequests.length,
    },
    undoHours: mergeUndoHours(deps),
  };
};
