import { z } from 'zod';
import { applyChanges } from '../approvals/apply-changes';
import { decisionAudit, tierChangedAudit } from '../approvals/change-request-audit';
import { detectConflicts, type ChangeConflict } from '../approvals/detect-conflicts';
import { mayDecide } from '../approvals/may-decide';
import { DomainError, isDomainError, type FieldError } from '../errors/domain-error';
import { guardCallerText } from '../gdpr/guard-free-text';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { ChangeRequest, ChangeRequestStatus } from '../model/change-request.schema';
import type { Deps } from '../ports/deps';
import type { TierPartition, Versioned } from '../ports/tier-store.port';
import { getChangeRequest } from './change-requests.use-case';
import { tierWithElementIds } from './element-ids';
import { indexTier } from './index-tier';
import { refreshRelationEnds } from './relation-ends';
import { refreshTierInsight } from './scores.use-case';

export const ChangeRequestDecision = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().max(1000).optional(),
    acknowledgeFreeTextWarnings: z.boolean().optional(),
  })
  .strict()
  .meta({ id: 'ChangeRequestDecision' });
export type ChangeRequestDecision = z.infer<typeof ChangeRequestDecision>;

type FinalStatus = Exclude<ChangeRequestStatus, 'pending'>;

/** Races end in a retry: a stale ETag (someone wrote in between) or the once-marker (someone decided). */
const MAX_ATTEMPTS = 5;
const isRace = (error: unknown): boolean =>
  isDomainError(error) && (error.code === 'CONCURRENCY.STALE' || error.code === 'CHANGE.ALREADY_APPLIED');

/** The once-marker: in the same transaction as the decision, so a request is decided exactly once. */
const onceMarker = (request: ChangeRequest): string => `cr-${request.id}`;

export const alreadyDecided = (request: ChangeRequest): DomainError =>
  new DomainError(
    'CHANGE_REQUEST.ALREADY_DECIDED',
    'conflict',
    `This request is already ${request.status}${request.decidedByName ? ` by ${request.decidedByName}` : ''}${request.decidedAt ? ` on ${request.decidedAt}` : ''}.`,
    [],
    { status: request.status, decidedBy: request.decidedBy, decidedByName: request.decidedByName, decidedAt: request.decidedAt },
  );

const conflictError = (request: ChangeRequest, conflicts: ChangeConflict[], errors: FieldError[]): DomainError =>
  new DomainError(
    'CHANGE_REQUEST.CONFLICT',
    'conflict',
    'The tier changed since the request was made; nothing was applied. Make a new request from the current values.',
    errors.length > 0 ? errors : conflicts.map((c) => ({ path: c.path, message: 'The value changed since the request was made.' })),
    { status: request.status, conflicts },
  );

const finalState = (request: ChangeRequest, status: FinalStatus, caller: Caller, at: string, comment?: string): ChangeRequest => ({
  ...request,
  status,
  decidedBy: caller.userId,
  decidedByName: caller.name,
  decidedAt: at,
  comment: comment ?? null,
  routingRetry: false,
});

/**
 * What follows a decision outside the tier's partition: the status index and the audit trail. Every
 * write is idempotent, so running it again (a loser of a race, a retry) completes a half-done one.
 */
const completeDecision = async (deps: Deps, request: ChangeRequest, details: Record<string, unknown> = {}): Promise<void> => {
  await deps.index.put('cr-status', request.status, request.id, request.tierId);
  await deps.index.remove('cr-status', 'pending', request.id);
  await deps.audit?.append(decisionAudit(request, details));
  if (request.status === 'approved') await deps.audit?.append(tierChangedAudit(request));
};

/** Records a final state that changes nothing in the tier (rejected, withdrawn, conflicted). */
const close = async (deps: Deps, found: Versioned<ChangeRequest>, closed: ChangeRequest, details: Record<string, unknown> = {}): Promise<ChangeRequest> => {
  await deps.tiers.write(closed.tierId, { changeRequests: [{ value: closed, ifMatch: found.etag }], onceMarkers: [onceMarker(closed)] });
  await Promise.all([completeDecision(deps, closed, details), refreshTierInsight(deps, closed.tierId)]);
  await deps.approvalNotifier?.decided(closed);
  return closed;
};

const conflicted = async (
  deps: Deps,
  found: Versioned<ChangeRequest>,
  caller: Caller,
  at: string,
  conflicts: ChangeConflict[],
  errors: FieldError[] = [],
  comment?: string,
): Promise<never> => {
  const closed = await close(deps, found, finalState(found.value, 'conflicted', caller, at, comment), { conflicts, errors });
  throw conflictError(closed, conflicts, errors);
};

/**
 * Approving applies every change in ONE entity-group transaction in the tier's partition: the profile
 * (under its ETag), the dated fact versions, the request's final state (under its ETag) and the
 * once-marker. Two approvals can therefore never both apply.
 */
const approve = async (deps: Deps, found: Versioned<ChangeRequest>, caller: Caller, comment?: string): Promise<ChangeRequest> => {
  const at = deps.clock.now();
  const partition: TierPartition | undefined = await deps.tiers.partition(found.value.tierId);
  const tier = partition && { ...partition.tier, value: tierWithElementIds(deps.ids, partition.tier.value) };
  if (!partition || !tier || tier.value.status !== 'active')
    return conflicted(deps, found, caller, at, [], [{ path: 'tierId', message: 'The tier was merged or erased since the request was made.' }], comment);
  const conflicts = detectConflicts(tier.value, partition.facts, found.value.changes, partition.relations);
  if (conflicts.length > 0) return conflicted(deps, found, caller, at, conflicts, [], comment);
  const applied = applyChanges(tier.value, partition.facts, found.value, at, partition.relations);
  if ('errors' in applied) return conflicted(deps, found, caller, at, [], applied.errors, comment);
  const approved = { ...finalState(found.value, 'approved', caller, at, comment), changes: applied.changes };
  await deps.tiers.write(approved.tierId, {
    tier: { value: applied.tier, ifMatch: tier.etag },
    facts: applied.facts,
    relations: applied.relations,
    changeRequests: [{ value: approved, ifMatch: found.etag }],
    onceMarkers: [onceMarker(approved)],
  });
  // The other tier's copy of each relation: idempotent, and `npm run repair` copies the newer edge over.
  await Promise.all(applied.relations.map((edge) => deps.tiers.putRelation(edge.fromId === approved.tierId ? edge.toId : edge.fromId, edge)));
  if (applied.profileChanged) await Promise.all([indexTier(deps, applied.tier, tier.value), refreshRelationEnds(deps, applied.tier, partition.relations)]);
  // Scores and segments read the profile, the facts and the relations (both ends): they follow the change like after a PATCH.
  await Promise.all([approved.tierId, ...applied.relations.map((e) => (e.fromId === approved.tierId ? e.toId : e.fromId))].map((id) => refreshTierInsight(deps, id)));
  await completeDecision(deps, approved);
  await deps.approvalNotifier?.decided(approved);
  return approved;
};

/** Loads a pending request, or says why it cannot be acted on; a decided one gets its trail completed. */
const loadPending = async (deps: Deps, caller: Caller, id: string, allowed: (request: ChangeRequest) => boolean, refusal: DomainError) => {
  const found = await getChangeRequest(deps, caller, id);
  if (!allowed(found.value)) throw refusal;
  if (found.value.status !== 'pending') {
    await completeDecision(deps, found.value);
    throw alreadyDecided(found.value);
  }
  return found;
};

/** Retries an action that lost a race; the retry sees the winner's decision and says so. */
const withRetries = async <T>(action: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (!isRace(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};

const notApprover = () =>
  new DomainError('CHANGE_REQUEST.NOT_APPROVER', 'forbidden', 'You are not an approver of this request: it was routed to someone else.');

/**
 * Approves or rejects a pending request: the routed approvers and any steward or admin may; once.
 * An approval whose starting values no longer hold marks the request conflicted and applies nothing.
 */
export const decideChangeRequest = async (deps: Deps, caller: Caller, id: string, input: unknown): Promise<ChangeRequest> => {
  const decision = parseInput(ChangeRequestDecision, input);
  return withRetries(async () => {
    const found = await loadPending(deps, caller, id, (r) => mayDecide(caller, r), notApprover());
    guardCallerText(deps, caller, [{ path: 'comment', text: decision.comment }], decision.acknowledgeFreeTextWarnings);
    if (decision.decision === 'approve') return approve(deps, found, caller, decision.comment);
    return close(deps, found, finalState(found.value, 'rejected', caller, deps.clock.now(), decision.comment));
  });
};

/** The requester takes back a request nobody decided yet. */
export const withdrawChangeRequest = async (deps: Deps, caller: Caller, id: string): Promise<ChangeRequest> =>
  withRetries(async () => {
    const refusal = new DomainError('CHANGE_REQUEST.NOT_REQUESTER', 'forbidden', 'Only the person who made a request may withdraw it.');
    const found = await loadPending(deps, caller, id, (r) => r.requestedBy === caller.userId, refusal);
    return close(deps, found, finalState(found.value, 'withdrawn', caller, deps.clock.now()));
  });
