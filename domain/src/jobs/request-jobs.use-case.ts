import { z } from 'zod';
import { DomainError, notFound } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { gdprForbidden, mayHandleGdprRequests } from '../use-cases/export-person.use-case';
import { beginMerge, MergeRequest, mergeMoveCount, mergeTiers } from '../use-cases/merge-tiers.use-case';
import { RETENTION_ACTOR } from '../use-cases/retention-job.use-case';
import { jobCallerOf } from './job-caller';
import { startJob } from './job-runner';
import type { JobView } from './job.schema';

/** The person a GDPR request is about, checked before a job is queued so a wrong id answers at once. */
const gdprSubject = async (deps: Deps, caller: Caller, personId: string): Promise<Tier> => {
  if (!mayHandleGdprRequests(caller)) throw gdprForbidden();
  const found = await deps.tiers.get(personId);
  if (!found || found.value.kind !== 'person') throw notFound('person', personId);
  return found.value;
};

/** `POST /api/persons/{id}/erase`: the erasure as a job (an erased person's job reports `alreadyErased`). */
export const requestErasure = async (deps: Deps, caller: Caller, personId: string, idempotencyKey?: string): Promise<JobView> => {
  await gdprSubject(deps, caller, personId);
  return startJob(deps, caller, { kind: 'erasure', input: { personId, caller: jobCallerOf(caller) }, total: 1, ...(idempotencyKey ? { idempotencyKey } : {}) });
};

/** `POST /api/persons/{id}/export`: the access export as a job whose result is the JSON `GET` answers. */
export const requestPersonExport = async (deps: Deps, caller: Caller, personId: string, idempotencyKey?: string): Promise<JobView> => {
  const person = await gdprSubject(deps, caller, personId);
  if (person.status === 'erased') throw new DomainError('TIER.ERASED', 'gone', `Person ${personId} was erased.`);
  return startJob(deps, caller, { kind: 'person-export', input: { personId, caller: jobCallerOf(caller) }, total: 1, ...(idempotencyKey ? { idempotencyKey } : {}) });
};

export const RetentionRunRequest = z.object({ dryRun: z.boolean().optional() }).strict().meta({ id: 'RetentionRunRequest' });

/** `POST /api/retention/runs` (stewards, admins) and the daily timer: the CNIL retention run as a job. */
export const requestRetentionRun = async (deps: Deps, caller: Caller, input: unknown, idempotencyKey?: string): Promise<JobView> => {
  if (!hasRole(caller, 'steward', 'admin')) throw new DomainError('RETENTION.FORBIDDEN', 'forbidden', 'Only data stewards and admins run the retention job.');
  const { dryRun } = parseInput(RetentionRunRequest, input ?? {});
  return startJob(deps, caller, { kind: 'retention', input: { dryRun: dryRun ?? false, caller: jobCallerOf(caller) }, total: 0, ...(idempotencyKey ? { idempotencyKey } : {}) });
};

/** The actor the daily timer starts the retention job as. */
export const retentionTimerCaller: Caller = { userId: RETENTION_ACTOR, name: 'Relais retention', roles: ['admin'], teams: [] };

/** `POST /api/repair` (admins): the repair pass as a job. */
export const requestRepair = async (deps: Deps, caller: Caller, idempotencyKey?: string): Promise<JobView> => {
  if (!hasRole(caller, 'admin')) throw new DomainError('REPAIR.FORBIDDEN', 'forbidden', 'Only admins run the repair.');
  return startJob(deps, caller, { kind: 'repair', input: { caller: jobCallerOf(caller) }, total: 0, ...(idempotencyKey ? { idempotencyKey } : {}) });
};

/**
 * `POST /api/tiers/{id}/merge`: a merge whose moves fit one bounded request is done at once; a larger
 * one passes its commit point here (every check answered now) and moves its records in a job.
 */
export const mergeOrQueue = async (
  deps: Deps,
  caller: Caller,
  survivorId: string,
  input: unknown,
  ifMatch?: string,
): Promise<{ merged: Versioned<Tier> } | { job: JobView }> => {
  const { duplicateId } = parseInput(MergeRequest, input);
  const inline = deps.background?.settings.mergeInlineMoves ?? Infinity;
  const moves = deps.background ? await mergeMoveCount(deps, duplicateId, inline + 1) : 0;
  if (moves <= inline) return { merged: await mergeTiers(deps, caller, survivorId, input, ifMatch) };
  const begun = await beginMerge(deps, caller, survivorId, input, ifMatch);
  if ('done' in begun) return { merged: begun.done };
  const job = await startJob(deps, caller, {
    kind: 'merge',
    input: { survivorId, duplicateId, caller: jobCallerOf(caller) },
    total: moves,
    idempotencyKey: `merge:${survivorId}:${duplicateId}:${begun.journal.startedAt}`,
  });
  return { job };
};
