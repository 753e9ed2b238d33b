import {
  acronymKey, blockingKeys, isCountedKey, MIN_CANDIDATE_SCORE, rankCandidates, shortlist, wordKey, wordKeysOf,
  type MatchContext, type MatchProfile, type MatchReason, type Posting,
} from '../matching';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { IndexStore } from '../ports/index-store.port';
import { employersOf, tierMatchProfile } from './match-tiers-profile';

export type ScoredCandidate = { tier: Tier; score: number; reasons: MatchReason[] };

/** Tiers loaded and scored per lookup, whatever the number of tiers sharing a key. */
const LOAD_LIMIT = 16;
/** Persons whose employers are read to refine their score (one partition read each). */
const EMPLOYER_LIMIT = 5;
/** Candidate words whose holders are counted per lookup (one point read each, in parallel). */
const WORD_COUNT_LIMIT = 48;

/**
 * A word this many organisations hold is remembered for a while rather than read again: its list
 * is long, it blocks nothing, and a few more or fewer holders barely move its weight (the
 * log-scaled weight changes by under 1 % when 100 holders become 110).
 */
const COMMON_WORD = 100;
const REMEMBER_MS = 10 * 60_000;
const REMEMBERED_WORDS = 20_000;

type Remembered = Map<string, { count: number; until: number }>;
const rememberedByStore = new WeakMap<IndexStore, Remembered>();

/** The common words' counts, per store: two bases in one process never share them. */
const wordCounts = (deps: Deps) => {
  let remembered = rememberedByStore.get(deps.index);
  if (!remembered) rememberedByStore.set(deps.index, (remembered = new Map()));
  const now = Date.parse(deps.clock.now());
  return {
    recall: (key: string): number | undefined => {
      const entry = remembered.get(key);
      return entry && entry.until > now ? entry.count : undefined;
    },
    remember: (key: string, count: number) => {
      if (count < COMMON_WORD) return;
      if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
      remembered.set(key, { count, until: now + REMEMBER_MS });
    },
  };
};

/**
 * The draft's posting lists, and how many organisations hold each of its words or acronyms (the
 * draft itself, when stored, left out). A word known to be common is not read again: it would only
 * add a long list of weak candidates.
 */
const readPostings = async (deps: Deps, profile: MatchProfile, counts: Map<string, number>): Promise<Posting[]> => {
  const remembered = wordCounts(deps);
  return Promise.all(
    blockingKeys(profile).map(async (key): Promise<Posting> => {
      const known = isCountedKey(key) ? remembered.recall(key) : undefined;
      if (known !== undefined) {
        counts.set(key, known);
        return { key, ids: [] };
      }
      const ids = (await deps.index.find('block', key)).map((hit) => hit.targetId);
      if (isCountedKey(key)) {
        counts.set(key, ids.length - (profile.id && ids.includes(profile.id) ? 1 : 0));
        remembered.remember(key, ids.length);
      }
      return { key, ids };
    }),
  );
};

/** How many organisations hold the candidates' other words, so that each word of a name weighs what it tells. */
const countCandidateWords = async (deps: Deps, tiers: readonly Tier[], counts: Map<string, number>): Promise<void> => {
  const remembered = wordCounts(deps);
  const missing = [...new Set(tiers.flatMap((t) => wordKeysOf(tierMatchProfile(t))))]
    .filter((key) => !counts.has(key))
    .slice(0, WORD_COUNT_LIMIT);
  await Promise.all(
    missing.map(async (key) => {
      const count = remembered.recall(key) ?? (await deps.index.count('block', key));
      counts.set(key, count);
      remembered.remember(key, count);
    }),
  );
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
 * The live tiers most likely to be the profile, best first, each with its score and reasons.
 * Candidates come from the blocking-key index (no scan), and each word of a name weighs by how many
 * organisations of the base hold it (read from the same index); visibility is the caller's business.
 */
export const findCandidates = async (
  deps: Deps,
  profile: MatchProfile,
  options: { exclude?: readonly string[]; minScore?: number; apart?: (candidate: Tier) => boolean } = {},
): Promise<ScoredCandidate[]> => {
  const exclude = new Set(options.exclude ?? []);
  const counts = new Map<string, number>();
  const ids = shortlist(await readPostings(deps, profile, counts), { exclude, limit: LOAD_LIMIT });
  const tiers = (await deps.tiers.getMany(ids)).filter((t) => t.status === 'active' && t.kind === profile.kind && !options.apart?.(t));
  if (profile.kind === 'organisation') await countCandidateWords(deps, tiers, counts);
  const context: MatchContext = { frequencies: (word) => counts.get(wordKey(word)), acronymFrequencies: (acronym) => counts.get(acronymKey(acronym)) };
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const ranked = rankCandidates(profile, tiers.map((t) => tierMatchProfile(t)), { limit: LOAD_LIMIT, minScore: 0, ...context });
  const scored = ranked.map((r) => ({ tier: byId.get(r.id)!, score: r.score, reasons: r.reasons }));
  const refined = await rescoreWithEmployers(deps, profile, scored);
  return refined.filter((c) => c.score >= (options.minScore ?? MIN_CANDIDATE_SCORE));
};
