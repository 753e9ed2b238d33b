import { z } from 'zod';
import { requestedAudit } from '../approvals/change-request-audit';
import { isInvolved, isToDecideBy } from '../approvals/may-decide';
import { resolveListChange } from '../approvals/list-changes';
import { createRouter } from '../approvals/route-change-request';
import { DomainError, notFound, type FieldError } from '../errors/domain-error';
import { guardCallerText } from '../gdpr/guard-free-text';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { ChangeRequestDraft, ChangeRequestStatus, type ChangeRequest, type FieldChange } from '../model/change-request.schema';
import { referenceDataPaths, referenceDataSchema, relationIdOf } from '../model/reference-data';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Page, Versioned } from '../ports/tier-store.port';
import { pageOf } from './paging';
import { refreshTierInsight } from './scores.use-case';
import { seesInteraction } from './shared-sight';
import { loadActiveTier, visibleTiers } from './visible-tier';

/**
 * Checks every change names reference data of the tier and carries a valid new value, and states
 * element-wise changes fully (the element they target, as it is now): the changes to store.
 */
export const checkChanges = (tier: Tier, draft: Pick<ChangeRequestDraft, 'changes'>, prefix = ''): { changes: FieldChange[]; errors: FieldError[] } => {
  const errors: FieldError[] = [];
  const changes = draft.changes.map((change, i) => {
    const at = `${prefix}changes.${i}`;
    if (change.op) {
      const resolved = resolveListChange(tier, change, at);
      if ('errors' in resolved) errors.push(...resolved.errors);
      return 'change' in resolved ? resolved.change : change;
    }
    const schema = referenceDataSchema(tier.kind, change.path);
    if (!schema) {
      errors.push({ path: `${at}.path`, message: `Not reference data of a ${tier.kind}; allowed: ${referenceDataPaths(tier.kind).join(', ')}.` });
      return change;
    }
    const parsed = schema.safeParse(change.to);
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => ({ path: [`${at}.to`, ...issue.path].join('.'), message: issue.message })));
    return change;
  });
  return { changes, errors };
};

/** Checks every relation a change names (`relations.<id>`) is one of the tier's own. */
export const checkRelationChanges = async (deps: Deps, tierId: string, changes: ChangeRequestDraft['changes'], prefix = ''): Promise<FieldError[]> => {
  if (!changes.some((c) => relationIdOf(c.path) !== undefined)) return [];
  const relations = (await deps.tiers.partition(tierId))?.relations ?? [];
  return changes.flatMap((change, i) => {
    const relationId = relationIdOf(change.path);
    return relationId === undefined || relations.some((r) => r.id === relationId)
      ? []
      : [{ path: `${prefix}changes.${i}.path`, message: 'This tier has no relation with this id.' }];
  });
};

/** Builds a pending request, not routed yet (see `createRouter`). */
export const buildChangeRequest = (deps: Deps, caller: Caller, draft: ChangeRequestDraft, id: string): ChangeRequest => ({
  id,
  tierId: draft.tierId,
  changes: draft.changes,
  reason: draft.reason ?? null,
  interactionId: draft.interactionId ?? null,
  status: 'pending',
  requestedBy: caller.userId,
  requestedByName: caller.name,
  requestedAt: deps.clock.now(),
  approverIds: [],
  routing: null,
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
});

/**
 * Records the request in its tier's partition, then its global indexes (by id, by status), its audit
 * record, and tells its approvers. Every step is idempotent, so a repeat completes a half-done save;
 * what is told is what was stored, so a repeat never reopens a decided request.
 */
export const saveChangeRequest = async (deps: Deps, request: ChangeRequest): Promise<void> => {
  await deps.index.put('change-request', request.id, request.tierId);
  await deps.tiers.insertChangeRequest(request);
  const stored = (await deps.tiers.getChangeRequest(request.tierId, request.id))?.value ?? request;
  if (stored.status !== 'pending') return;
  await deps.index.put('cr-status', stored.status, stored.id, stored.tierId);
  // Pending requests weigh on the risk score and segments read summaries.
  await Promise.all([deps.audit?.append(requestedAudit(stored)), refreshTierInsight(deps, stored.tierId)]);
  await deps.approvalNotifier?.requested(stored);
};

export const createChangeRequest = async (
  deps: Deps,
  caller: Caller,
  input: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<ChangeRequest> => {
  const draft = parseInput(ChangeRequestDraft, input);
  const { value: tier } = await loadActiveTier(deps, caller, draft.tierId);
  guardCallerText(deps, caller, [{ path: 'reason', text: draft.reason }], draft.acknowledgeFreeTextWarnings);
  const checked = checkChanges(tier, draft);
  const errors = [...checked.errors, ...(await checkRelationChanges(deps, tier.id, draft.changes))];
  if (draft.interactionId && !(await seesInteraction(deps, caller, draft.interactionId)))
    errors.push({ path: 'interactionId', message: 'No interaction with this id.' });
  if (errors.length > 0) throw new DomainError('CHANGE_REQUEST.INVALID', 'invalid', 'The change request has invalid fields.', errors);
  const id = options.idempotencyKey ? deps.ids.fromKey('change-request', `${caller.userId}\n${options.idempotencyKey}`) : deps.ids.newId();
  const existing = await deps.tiers.getChangeRequest(tier.id, id);
  const request = existing?.value ?? (await createRouter(deps)(buildChangeRequest(deps, caller, { ...draft, changes: checked.changes }, id), tier));
  await saveChangeRequest(deps, request);
  return (await deps.tiers.getChangeRequest(tier.id, id))?.value ?? request;
};

export const getChangeRequest = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<ChangeRequest>> => {
  const [hit] = await deps.index.find('change-request', id);
  const found = hit && (await deps.tiers.getChangeRequest(hit.targetId, id));
  if (!found) throw notFound('change-request', id);
  if (!isInvolved(caller, found.value) && (await visibleTiers(deps, caller, [found.value.tierId])).length === 0) throw notFound('change-request', id);
  return found;
};

export const ChangeRequestQuery = z
  .object({
    status: ChangeRequestStatus.optional(),
    tierId: z.string().max(100).optional(),
    mine: z.enum(['requested', 'to-decide']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

/**
 * Lists requests by status (default pending), newest first, as far as the caller may see their tier or
 * is involved in them. `mine=to-decide` is what was routed to the caller (and, for stewards and
 * admins, what was routed to the stewards); `mine=requested` what the caller asked.
 */
export const listChangeRequests = async (deps: Deps, caller: Caller, input: unknown): Promise<Page<ChangeRequest>> => {
  const query = parseInput(ChangeRequestQuery, input);
  const hits = await deps.index.find('cr-status', query.status ?? 'pending');
  const tierIds = new Set((await visibleTiers(deps, caller, hits.map((h) => h.data ?? ''))).map((t) => t.id));
  const loaded = await Promise.all(
    hits.filter((h) => h.data && (!query.tierId || h.data === query.tierId)).map((h) => deps.tiers.getChangeRequest(h.data!, h.targetId)),
  );
  const requests = loaded
    .filter((r): r is Versioned<ChangeRequest> => r !== undefined && r.value.status === (query.status ?? 'pending'))
    .map((r) => r.value)
    .filter((r) => tierIds.has(r.tierId) || isInvolved(caller, r))
    .filter((r) => query.mine !== 'requested' || r.requestedBy === caller.userId)
    .filter((r) => query.mine !== 'to-decide' || isToDecideBy(caller, r))
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  return pageOf(requests, query.limit, query.cursor);
};
