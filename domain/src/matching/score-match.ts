import type { MatchProfile } from './match-profile';
import type { MatchResult } from './match-reason';
import { scoreOrganisation } from './score-organisation';
import { scorePerson } from './score-person';
import type { MatchContext } from './word-weights';

export type { MatchContext } from './word-weights';

/**
 * Score in [0, 1] that draft and candidate are the same tier, with the reasons. At 0.8 and above
 * the pair is a likely duplicate (creation asks for confirmation); an organisation never matches
 * a person.
 */
export const scoreMatch = (draft: MatchProfile, candidate: MatchProfile, context: MatchContext = {}): MatchResult => {
  if (draft.kind === 'organisation' && candidate.kind === 'organisation') return scoreOrganisation(draft, candidate, context);
  if (draft.kind === 'person' && candidate.kind === 'person') return scorePerson(draft, candidate);
  return { score: 0, reasons: [] };
};

/** Score at and above which a candidate is a likely duplicate of the draft. */
export const LIKELY_DUPLICATE_SCORE = 0.8;
