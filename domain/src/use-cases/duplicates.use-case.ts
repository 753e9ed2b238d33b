import { z } from 'zod';
import { canSee } from '../access/visibility';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { scoreMatch } from '../matching';
import { hasRole, type Caller } from '../model/caller';
import { Id, type Language } from '../model/common.schema';
import type { Tier } from '../model/tier.schema';
import { summarize, TierSummary } from '../model/tier-summary';
import type { Deps } from '../ports/deps';
import type { Page } from '../ports/tier-store.port';
import { isConfirmedDistinct, PAIRS_KEY, parsePairEntry, recordDistinct, REVIEW_SCORE, tierCandidates } from './duplicates-pairs';
import { describeReasons, MatchCandidate, MatchReasonView, MATCH_LIMIT, toMatchCandidate } from './match-tiers.use-case';
import { employersOf, tierMatchProfile } from './match-tiers-profile';
import { loadActiveTier, visibleTiers } from './visible-tier';

/** How much a record holds, to tell which of a pair to keep: interactions (counted to 50), relations, identifiers, dated facts. */
export const Richness = z
  .object({ interactions: z.number(), relations: z.number(), identifiers: z.number(), facts: z.number() })
  .meta({ id: 'Richness' });
export type Richness = z.infer<typeof Richness>;
const RICHNESS_ORDER = ['interactions', 'relations', 'identifiers', 'facts'] as const;

export const DuplicatePair = z
  .object({
    aId: z.string(),
    bId: z.string(),
    score: z.number().min(0).max(1),
    reasons: z.array(z.string()),
    evidence: z.array(MatchReasonView),
    a: TierSummary,
    b: TierSummary,
    richness: z.object({ a: Richness, b: Richness }),
    /** The record to keep unless the steward knows better: the richer (see `suggestKeep`). */
    keep: z.enum(['a', 'b']),
    /** What decided it: the first count that differs, or `older` when they hold as much. */
    keepBecause: z.enum([...RICHNESS_ORDER, 'older']),
  })
  .meta({ id: 'DuplicatePair' });
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const DuplicatesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(300).regex(/^\d{4}~[A-Za-z0-9_-]+~[A-Za-z0-9_-]+$/, 'Not a cursor from this list.').optional(),
    minScore: z.coerce.number().min(REVIEW_SCORE).max(1).default(REVIEW_SCORE),
  })
  .strict();

export const DistinctRequest = z
  .object({ aId: Id, bId: Id })
  .strict()
  .refine((r) => r.aId !== r.bId, { path: ['bId'], message: 'A tier is not distinct from itself.' })
  .meta({ id: 'DistinctRequest' });

/** Data quality is the stewards' job: they review duplicates and merge them. */
export const requireSteward = (caller: Caller): void => {
  if (!hasRole(caller, 'steward', 'admin')) throw new DomainError('DUPLICATES.FORBIDDEN', 'forbidden', 'Only data stewards and admins review and merge duplicates.');
};

const employersIfPerson = async (deps: Deps, tier: Tier) =>
  tier.kind === 'person' ? employersOf(tier.id, (await deps.tiers.partition(tier.id))?.relations ?? []) : undefined;

/** The pair scored now, as the review list shows it (the entry's score only orders the list). */
const scorePair = async (deps: Deps, a: Tier, b: Tier) => {
  const [ea, eb] = await Promise.all([employersIfPerson(deps, a), employersIfPerson(deps, b)]);
  return scoreMatch(tierMatchProfile(a, ea), tierMatchProfile(b, eb));
};

const COUNTED_INTERACTIONS = 50;

/** How much one record holds: its timeline (to 50), its relations, its identifiers and contact points, its dated facts. */
const richnessOf = async (deps: Deps, tier: Tier): Promise<Richness> => {
  const [partition, page] = await Promise.all([deps.tiers.partition(tier.id), deps.tiers.timeline(tier.id, { limit: COUNTED_INTERACTIONS })]);
  const identifiers =
    tier.kind === 'organisation'
      ? [tier.siren, tier.siret, tier.website].filter(Boolean).length + (tier.emailDomains?.length ?? 0) + (tier.phones?.length ?? 0) + (tier.addresses?.length ?? 0)
      : (tier.emails?.length ?? 0) + (tier.phones?.length ?? 0);
  return { interactions: page.items.length, relations: partition?.relations.length ?? 0, identifiers: identifiers + (tier.externalIds?.length ?? 0), facts: partition?.facts.length ?? 0 };
};

/**
 * Which of a pair to keep: the one with more interactions, else more relations, else more
 * identifiers and contact points, else more dated facts; when they hold as much, the older one
 * (created first, so the one people have used longer).
 */
export const suggestKeep = (a: Tier, b: Tier, ra: Richness, rb: Richness): Pick<DuplicatePair, 'keep' | 'keepBecause'> => {
  const decisive = RICHNESS_ORDER.find((k) => ra[k] !== rb[k]);
  if (decisive) return { keep: ra[decisive] > rb[decisive] ? 'a' : 'b', keepBecause: decisive };
  return { keep: a.createdAt <= b.createdAt ? 'a' : 'b', keepBecause: 'older' };
};

/** Why an entry no longer deserves its place: a tier gone, merged, or the pair confirmed distinct. */
const isStale = async (deps: Deps, a: Tier | undefined, b: Tier | undefined): Promise<boolean> =>
  !a || !b || a.status !== 'active' || b.status !== 'active' || a.kind !== b.kind || (await isConfirmedDistinct(deps, a.id, b.id));

/**
 * `GET /api/duplicates`: likely duplicate pairs across the base, best first, for stewards. Entries are
 * re-checked as they are read; stale ones (merged, distinct, gone) are dropped from the list for good.
 */
export const listDuplicates = async (deps: Deps, caller: Caller, input: unknown, lang: Language): Promise<Page<DuplicatePair>> => {
  requireSteward(caller);
  const query = parseInput(DuplicatesQuery, input);
  const items: DuplicatePair[] = [];
  const seen = new Set<string>();
  let after = query.cursor;
  for (let exhausted = false; items.length < query.limit && !exhausted; ) {
    const hits = await deps.index.page('duplicate', PAIRS_KEY, query.limit, after);
    exhausted = hits.length < query.limit;
    const pairs = hits.map((h) => ({ entry: h.targetId, ids: parsePairEntry(h.targetId) }));
    const tiers = new Map((await deps.tiers.getMany(pairs.flatMap((p) => (p.ids ? [p.ids.aId, p.ids.bId] : [])))).map((t) => [t.id, t]));
    for (const { entry, ids } of pairs) {
      if (items.length >= query.limit) break;
      after = entry;
      const [a, b] = [tiers.get(ids?.aId ?? ''), tiers.get(ids?.bId ?? '')];
      if (!ids || (await isStale(deps, a, b))) {
        await deps.index.remove('duplicate', PAIRS_KEY, entry);
        continue;
      }
      if (!a || !b || !canSee(caller, a) || !canSee(caller, b) || seen.has(`${a.id}~${b.id}`)) continue;
      const { score, reasons } = await scorePair(deps, a, b);
      if (score < query.minScore) continue;
      seen.add(`${a.id}~${b.id}`);
      const [ra, rb] = await Promise.all([richnessOf(deps, a), richnessOf(deps, b)]);
      items.push({ aId: a.id, bId: b.id, score, reasons: describeReasons(reasons, lang), evidence: reasons, a: summarize(a), b: summarize(b), richness: { a: ra, b: rb }, ...suggestKeep(a, b, ra, rb) });
    }
  }
  return { items, nextCursor: items.length >= query.limit && after ? after : null };
};

/** `POST /api/duplicates/distinct`: the steward says two look-alikes are two tiers; the pair is not proposed again. */
export const markDistinct = async (deps: Deps, caller: Caller, input: unknown): Promise<{ aId: string; bId: string; distinct: true }> => {
  requireSteward(caller);
  const { aId, bId } = parseInput(DistinctRequest, input);
  const found = await visibleTiers(deps, caller, [aId, bId]);
  const missing = [aId, bId].flatMap((id, i) => (found.some((t) => t.id === id) ? [] : [{ path: i === 0 ? 'aId' : 'bId', message: 'No tier with this id.' }]));
  if (missing.length > 0) throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'The pair refers to unknown tiers.', missing);
  await recordDistinct(deps, caller, aId, bId);
  await deps.audit?.append({
    id: `distinct~${[aId, bId].sort().join('~')}`,
    at: deps.clock.now(),
    actorId: caller.userId,
    action: 'tier.distinct-confirmed',
    targetType: 'tier',
    targetId: aId,
    details: { otherId: bId },
  });
  return { aId, bId, distinct: true };
};

/** `GET /api/tiers/{id}/duplicates`: an existing tier's look-alikes the caller may see, minus those confirmed distinct. */
export const tierDuplicates = async (deps: Deps, caller: Caller, id: string, lang: Language): Promise<{ candidates: MatchCandidate[] }> => {
  const { value: tier } = await loadActiveTier(deps, caller, id);
  const candidates = (await tierCandidates(deps, tier)).filter((c) => canSee(caller, c.tier));
  return { candidates: candidates.slice(0, MATCH_LIMIT).map((c) => toMatchCandidate(c, lang)) };
};
