import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import type { Page } from '../ports/tier-store.port';
import type { DeadLetter } from './work-queue.port';

export const DeadLetterQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(2000).optional() })
  .strict();

export const DeadLetterView = z
  .object({
    id: z.string(),
    parkedAt: z.string(),
    attempts: z.number().int(),
    lane: z.enum(['work', 'jobs']),
    message: z.unknown(),
    error: z.string(),
  })
  .meta({ id: 'DeadLetter' });

/** Parked messages, newest first: admins only (they can carry ids of anything). */
export const listDeadLetters = async (deps: Deps, caller: Caller, input: unknown): Promise<Page<DeadLetter>> => {
  if (!hasRole(caller, 'admin')) throw new DomainError('ADMIN.FORBIDDEN', 'forbidden', 'Only admins read the parked background work.');
  const query = parseInput(DeadLetterQuery, input);
  if (!deps.background) return { items: [], nextCursor: null };
  return deps.background.deadLetters.list(query.limit, query.cursor);
};
