import type { MatchProfile } from './match-profile';
import type { MatchReason } from './match-reason';
import { scoreMatch, type MatchContext } from './score-match';

export type RankedCandidate = { id: string; score: number; reasons: MatchReason[] };

/** Below this a candidate is noise for whoever reviews the list. */
export const MIN_CANDIDATE_SCORE = 0.3;

/**
 * Candidates best first, without the draft itself and without those scoring under 0.3; ties
 * keep the given order. Candidates without an id are skipped: they cannot be referred to.
 */
export const rankCandidates = (
  draft: MatchProfile,
  candidates: readonly MatchProfile[],
  { limit = 10, minScore = MIN_CANDIDATE_SCORE, ...context }: { limit?: number; minScore?: number } & MatchContext = {},
): RankedCandidate[] =>
  candidates
    .filter((c): c is MatchProfile & { id: string } => c.id !== undefined && (draft.id === undefined || c.id !== draft.id))
    .map((c) => ({ id: c.id, ...scoreMatch(draft, c, context) }))
    .filter((c) => c.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
