import type { Caller } from '../model/caller';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { declaredApart, findCandidates, type ScoredCandidate } from './match-tiers-candidates';
import { employersOf, tierMatchProfile } from './match-tiers-profile';

/** From this score a pair is worth a steward's look (likely duplicates start at 0.8). */
export const REVIEW_SCORE = 0.6;

/** The review list is one index key whose entries sort best first: `<1000 - score‰>~<id>~<id>`. */
export const PAIRS_KEY = 'pairs';

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

export const pairKey = (a: string, b: string): string => ordered(a, b).join('~');

export const pairEntry = (a: string, b: string, score: number): string =>
  `${String(1000 - Math.round(score * 1000)).padStart(4, '0')}~${pairKey(a, b)}`;

export const parsePairEntry = (entry: string): { aId: string; bId: string } | undefined => {
  const [, aId, bId] = entry.split('~');
  return aId && bId ? { aId, bId } : undefined;
};

export const isConfirmedDistinct = (deps: Deps, a: string, b: string): Promise<boolean> => deps.index.has('distinct', pairKey(a, b), ordered(a, b)[0]);

/** Records that two tiers are distinct, so neither matching nor the review list proposes the pair again. */
export const recordDistinct = async (deps: Deps, caller: Caller, a: string, b: string): Promise<void> => {
  const at = deps.clock.now();
  await deps.index.put('distinct', pairKey(a, b), ordered(a, b)[0], JSON.stringify({ by: caller.userId, at }));
};

/** Drops the candidates already confirmed distinct from `tierId`. */
export const withoutDistinct = async (deps: Deps, tierId: string, candidates: readonly ScoredCandidate[]): Promise<ScoredCandidate[]> => {
  const distinct = await Promise.all(candidates.map((c) => isConfirmedDistinct(deps, tierId, c.tier.id)));
  return candidates.filter((_, i) => !distinct[i]);
};

/** Puts the pairs worth a look on the stewards' review list (idempotent: a pair's entry is its score and ids). */
export const recordReviewPairs = async (deps: Deps, tierId: string, candidates: readonly ScoredCandidate[]): Promise<void> => {
  const worth = await withoutDistinct(deps, tierId, candidates.filter((c) => c.score >= REVIEW_SCORE));
  await Promise.all(worth.map((c) => deps.index.put('duplicate', PAIRS_KEY, pairEntry(tierId, c.tier.id, c.score))));
};

/** An existing tier's look-alikes, with its employers for a person, minus itself and confirmed-distinct tiers. */
export const tierCandidates = async (deps: Deps, tier: Tier): Promise<ScoredCandidate[]> => {
  const employers = tier.kind === 'person' ? employersOf(tier.id, (await deps.tiers.partition(tier.id))?.relations ?? []) : undefined;
  const apart = tier.kind === 'organisation' ? { id: tier.id, parentId: tier.parentId, siret: tier.siret } : { id: tier.id };
  const candidates = await findCandidates(deps, tierMatchProfile(tier, employers), { exclude: [tier.id], apart: (c) => declaredApart(apart, c) });
  return withoutDistinct(deps, tier.id, candidates);
};

/** Re-derives a tier's review pairs (after a merge, an import, or in the repair pass). */
export const refreshReviewPairs = async (deps: Deps, tier: Tier): Promise<void> => {
  if (tier.status !== 'active') return;
  await recordReviewPairs(deps, tier.id, await tierCandidates(deps, tier));
};
