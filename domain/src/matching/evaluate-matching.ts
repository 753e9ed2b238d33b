import { contextAmong, countedKeys } from './base-statistics';
import { blockingKeys } from './blocking-keys';
import type { MatchProfile } from './match-profile';
import { rankCandidates } from './rank-candidates';
import { LIKELY_DUPLICATE_SCORE, scoreMatch } from './score-match';

/**
 * A pair of profiles with the truth about it, as in test/fixtures/matching. Entities name the
 * real-world tier behind a and b when it appears in several pairs (EDF…): for ranking, other
 * records of the query's own entity are not distractors.
 */
export type LabelledPair = {
  id: string;
  label: 'duplicate' | 'distinct';
  variant?: string;
  a: MatchProfile;
  b: MatchProfile;
  entities?: (string | null)[];
};

export type MatchingQuality = {
  pairs: number;
  duplicates: number;
  distinct: number;
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of duplicates whose true match ranks in the top 3 among every other profile of the set. */
  top3Recall: number;
  /** Share of duplicates sharing at least one blocking key (retrievable without a scan). */
  blockingRecall: number;
  /** Pairs on the wrong side of the threshold, to read when tuning rules. */
  errors: { id: string; label: LabelledPair['label']; score: number }[];
};

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : Math.round((numerator / denominator) * 10000) / 10000);

const sharesKey = (a: MatchProfile, b: MatchProfile): boolean => {
  const keys = new Set(blockingKeys(a));
  return blockingKeys(b).some((k) => keys.has(k));
};

/**
 * Precision, recall and F1 at the likely-duplicate threshold, top-3 recall and blocking recall of
 * the matcher on labelled pairs. Profiles need distinct ids for the ranking. With `asBase`, every
 * profile of the set counts as a tier of the base, so words weigh by how many profiles hold them
 * (as in production); without, they weigh by themselves alone.
 */
export const evaluateMatching = (pairs: readonly LabelledPair[], threshold = LIKELY_DUPLICATE_SCORE, { asBase = false } = {}): MatchingQuality => {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let rankedTop3 = 0;
  let blocked = 0;
  const errors: MatchingQuality['errors'] = [];
  const pool = pairs.flatMap((p) => [p.a, p.b]);
  // A duplicate pair is one tier; a distinct pair two; entities join records of one tier across pairs.
  const holderOf = (_profile: MatchProfile, i: number): string => {
    const pair = pairs[Math.floor(i / 2)]!;
    return pair.entities?.[i % 2] ?? (pair.label === 'duplicate' ? pair.id : `${pair.id}:${i % 2}`);
  };
  const holders = asBase ? countedKeys(pool, holderOf) : undefined;
  const holderIndex = new Map(pool.map((profile, i) => [profile, holderOf(profile, i)]));
  const contextOf = (draft: MatchProfile) => (holders ? contextAmong(holders, holderIndex.get(draft) ?? '') : {});
  const entityOf = new Map<MatchProfile, string>();
  for (const p of pairs) {
    if (p.entities?.[0]) entityOf.set(p.a, p.entities[0]);
    if (p.entities?.[1]) entityOf.set(p.b, p.entities[1]);
  }
  const distractor = (query: MatchProfile, candidate: MatchProfile): boolean =>
    candidate.kind === query.kind && candidate !== query && (!entityOf.has(query) || entityOf.get(candidate) !== entityOf.get(query));
  for (const pair of pairs) {
    const { score } = scoreMatch(pair.a, pair.b, contextOf(pair.a));
    const predicted = score >= threshold;
    if (pair.label === 'duplicate') {
      if (predicted) truePositives += 1;
      else falseNegatives += 1;
      // The true match goes last, so that ties count against it.
      const others = [...pool.filter((p) => p !== pair.b && distractor(pair.a, p)), pair.b];
      if (rankCandidates(pair.a, others, { limit: 3, minScore: 0, ...contextOf(pair.a) }).some((c) => c.id === pair.b.id)) rankedTop3 += 1;
      if (sharesKey(pair.a, pair.b)) blocked += 1;
    } else if (predicted) {
      falsePositives += 1;
    }
    if (predicted !== (pair.label === 'duplicate')) errors.push({ id: pair.id, label: pair.label, score });
  }
  const duplicates = pairs.filter((p) => p.label === 'duplicate').length;
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    pairs: pairs.length,
    duplicates,
    distinct: pairs.length - duplicates,
    threshold,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    top3Recall: ratio(rankedTop3, duplicates),
    blockingRecall: ratio(blocked, duplicates),
    errors,
  };
};
