import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import { Id, UserId } from '../model/common.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import type { Page } from '../ports/tier-store.port';

export const AuditQueryInput = z
  .object({
    tierId: Id.optional(),
    userId: UserId.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict()
  .refine((q) => q.tierId !== undefined || q.userId !== undefined, { path: ['tierId'], message: 'Give a tierId, a userId, or both.' });

/**
 * The audit log, newest first, about one tier and/or by one user: who exported, changed, approved or
 * erased what. Admins only: it names everyone's actions.
 */
export const listAudit = async (deps: Deps, caller: Caller, input: unknown): Promise<Page<AuditRecord>> => {
  if (!hasRole(caller, 'admin')) throw new DomainError('AUDIT.FORBIDDEN', 'forbidden', 'Only admins read the audit log.');
  const query = parseInput(AuditQueryInput, input);
  if (!deps.audit) return { items: [], nextCursor: null };
  return deps.audit.query({
    limit: query.limit,
    ...(query.tierId ? { tierId: query.tierId } : {}),
    ...(query.userId ? { actorId: query.userId } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  });
};
