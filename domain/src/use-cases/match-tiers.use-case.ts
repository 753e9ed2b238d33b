import { z } from 'zod';
import { canSee } from '../access/visibility';
import { describeMatchReason, LIKELY_DUPLICATE_SCORE, type MatchReason } from '../matching';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import { TierDraft } from '../model/tier.schema';
import { summarize, TierSummary } from '../model/tier-summary';
import type { Deps } from '../ports/deps';
import { declaredApart, findCandidates, type ScoredCandidate } from './match-tiers-candidates';
import { draftMatchProfile, employerOf } from './match-tiers-profile';
import { visibleTiers } from './visible-tier';

export const MatchReasonView = z
  .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) })
  .meta({ id: 'MatchReason' });

export const MatchCandidate = z
  .object({
    tierId: z.string(),
    score: z.number().min(0).max(1),
    /** The reasons worded in the caller's language. */
    reasons: z.array(z.string()),
    /** The same reasons as codes and values, for clients that word or highlight them themselves. */
    evidence: z.array(MatchReasonView),
    tier: TierSummary,
  })
  .meta({ id: 'MatchCandidate' });
export type MatchCandidate = z.infer<typeof MatchCandidate>;
export const MatchResponse = z.object({ candidates: z.array(MatchCandidate) }).meta({ id: 'MatchResponse' });

/** How many candidates a match answers with. */
export const MATCH_LIMIT = 10;

export const describeReasons = (reasons: readonly MatchReason[], lang: Language): string[] => reasons.map((r) => describeMatchReason(r, lang));

export const toMatchCandidate = (candidate: ScoredCandidate, lang: Language): MatchCandidate => ({
  tierId: candidate.tier.id,
  score: candidate.score,
  reasons: describeReasons(candidate.reasons, lang),
  evidence: candidate.reasons,
  tier: summarize(candidate.tier),
});

/**
 * Every live tier that looks like the draft, best first, whoever may see it: what creation checks
 * (the caller is shown only what they may see) and what the review list records.
 */
export const draftCandidates = async (deps: Deps, caller: Caller, draft: TierDraft): Promise<ScoredCandidate[]> => {
  const organisationId = draft.kind === 'person' ? draft.organisationId : undefined;
  const [employer] = organisationId ? await visibleTiers(deps, caller, [organisationId]) : [];
  const profile = draftMatchProfile(draft, employerOf(employer));
  const apart = draft.kind === 'organisation' ? { parentId: draft.parentId, siret: draft.siret } : {};
  return findCandidates(deps, profile, { apart: (candidate) => declaredApart(apart, candidate) });
};

export const visibleCandidates = (caller: Caller, candidates: readonly ScoredCandidate[]): ScoredCandidate[] =>
  candidates.filter((c) => canSee(caller, c.tier));

export const isLikelyDuplicate = (candidate: { score: number } | undefined): boolean => (candidate?.score ?? 0) >= LIKELY_DUPLICATE_SCORE;

/** `POST /api/tiers/match`: the tiers a draft may duplicate, best first, as far as the caller may see them. */
export const matchTiers = async (deps: Deps, caller: Caller, input: unknown, lang: Language): Promise<{ candidates: MatchCandidate[] }> => {
  const draft = parseInput(TierDraft, input);
  const candidates = visibleCandidates(caller, await draftCandidates(deps, caller, draft));
  return { candidates: candidates.slice(0, MATCH_LIMIT).map((c) => toMatchCandidate(c, lang)) };
};
