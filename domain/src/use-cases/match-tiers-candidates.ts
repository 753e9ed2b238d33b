import { blockingKeys, MIN_CANDIDATE_SCORE, rankCandidates, type MatchProfile, type MatchReason } from '../matching';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { employersOf, tierMatchProfile } from './match-tiers-profile';

export type ScoredCandidate = { tier: Tier; score: number; reasons: MatchReason[] };

/** Tiers loaded and scored per lookup, whatever the number of tiers sharing a key. */
const LOAD_LIMIT = 16;
/** Persons whose employers are read to refine their score (one partition read each). */
const EMPLOYER_LIMIT = 5;
/** A shared SIREN, e-mail, phone or domain says more than a shared name key. */
const IDENTITY_FAMILIES = new Set(['siren', 'email', 'pphone', 'ophone', 'domain']);

const familyOf = (key: string): string => key.slice(0, key.indexOf(':'));

/**
 * Ids under the draft's blocking keys, most telling first: each key adds its family's weight,
 * shared by fewer tiers the more it tells (as a rare word says more than a common one).
 */
const shortlist = async (deps: Deps, profile: MatchProfile, exclude: ReadonlySet<string>): Promise<string[]> => {
  const keys = blockingKeys(profile);
  const postings = await Promise.all(keys.map(async (key) => ({ key, hits: await deps.index.find('block', key) })));
  const weights = new Map<string, number>();
  for (const { key, hits } of postings) {
    const weight = (IDENTITY_FAMILIES.has(familyOf(key)) ? 4 : 1) / Math.log2(2 + hits.length);
    for (const hit of hits) if (!exclude.has(hit.targetId)) weights.set(hit.targetId, (weights.get(hit.targetId) ?? 0) + weight);
  }
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, LOAD_LIMIT)
    .map(([id]) => id);
};

/** Declared hierarchy is not duplication: an establishment filed under its parent, or two sibling establishments. */
export const declaredApart = (draft: { id?: string; parentId?: string; siret?: string }, candidate: Tier): boolean => {
  if (candidate.kind !== 'organisation') return false;
  if (draft.parentId && draft.parentId === candidate.id) return true;
  if (draft.id && candidate.parentId === draft.id) return true;
  return !!draft.parentId && draft.parentId === candidate.parentId && !!draft.siret && !!candidate.siret && draft.siret !== candidate.siret;
};

/**
 * Persons scored again with their employers, as far as it can matter: a shared employer adds about
 * 1.6 in log-odds, so it lifts a candidate to a likely duplicate from 0.45 up, never from below.
 */
const EMPLOYER_WORTH_FROM = 0.45;

const rescoreWithEmployers = async (deps: Deps, profile: MatchProfile, scored: ScoredCandidate[]): Promise<ScoredCandidate[]> => {
  if (profile.kind !== 'person' || !(profile.organisationIds?.length || profile.organisationNames?.length)) return scored;
  const worth = scored.slice(0, EMPLOYER_LIMIT).filter((c) => c.score >= EMPLOYER_WORTH_FROM);
  const refined = await Promise.all(
    worth.map(async (candidate) => {
      const partition = await deps.tiers.partition(candidate.tier.id);
      const withEmployers = tierMatchProfile(candidate.tier, employersOf(candidate.tier.id, partition?.relations ?? []));
      const [ranked] = rankCandidates(profile, [withEmployers], { limit: 1, minScore: 0 });
      return ranked ? { tier: candidate.tier, score: ranked.score, reasons: ranked.reasons } : candidate;
    }),
  );
  return [...refined, ...scored.filter((c) => !worth.includes(c))].sort((a, b) => b.score - a.score);
};

/**
 * The live tiers most likely to be the profile, best first, each with its score and reasons. Candidates
 * come from the blocking-key index (no scan); visibility is the caller's business.
 */
export const findCandidates = async (
  deps: Deps,
  profile: MatchProfile,
  options: { exclude?: readonly string[]; minScore?: number; apart?: (candidate: Tier) => boolean } = {},
): Promise<ScoredCandidate[]> => {
  const exclude = new Set(options.exclude ?? []);
  const ids = await shortlist(deps, profile, exclude);
  const tiers = (await deps.tiers.getMany(ids)).filter((t) => t.status === 'active' && t.kind === profile.kind && !options.apart?.(t));
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const ranked = rankCandidates(profile, tiers.map((t) => tierMatchProfile(t)), { limit: LOAD_LIMIT, minScore: 0 });
  const scored = ranked.map((r) => ({ tier: byId.get(r.id)!, score: r.score, reasons: r.reasons }));
  const refined = await rescoreWithEmployers(deps, profile, scored);
  return refined.filter((c) => c.score >= (options.minScore ?? MIN_CANDIDATE_SCORE));
};
