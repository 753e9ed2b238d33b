import { z } from 'zod';
import { ErrorCode } from '../errors/error-codes';
import { MatchCandidate } from '../use-cases/match-tiers.use-case';

/** RFC 9457 problem details as every error answers them, with Relais' stable `code` and every offending field. */
export const Problem = z
  .looseObject({
    type: z.string().describe('A URI naming the kind of problem.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().describe('What happened, in words a user can act on.'),
    code: ErrorCode.describe('A stable code such as `TIER.NOT_FOUND`; match on it, not on the words.'),
    errors: z.array(z.object({ path: z.string().describe('The offending field, parameter or header.'), message: z.string() })),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** 409 `TIER.LIKELY_DUPLICATE`: the tiers the draft looks like; `?confirm=distinct` creates it anyway. */
export const LikelyDuplicateProblem = Problem.extend({ candidates: z.array(MatchCandidate) }).meta({ id: 'LikelyDuplicateProblem' });
