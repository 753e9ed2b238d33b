import type { ChangeRequest } from '../model/change-request.schema';
import type { AuditRecord } from '../ports/audit-store.port';

const TARGET = 'change-request';

/** Who asked what, why, and to whom it was routed. */
export const requestedAudit = (request: ChangeRequest): AuditRecord => ({
  id: `${request.id}-requested`,
  at: request.requestedAt,
  actorId: request.requestedBy,
  action: 'change-request.requested',
  targetType: TARGET,
  targetId: request.id,
  details: {
    tierId: request.tierId,
    requestedByName: request.requestedByName,
    changes: request.changes,
    reason: request.reason,
    interactionId: request.interactionId,
    routing: request.routing,
    approverIds: request.approverIds,
    routingRetry: request.routingRetry ?? false,
  },
});

/** A new routing once the directory answered. */
export const routedAudit = (request: ChangeRequest, at: string): AuditRecord => ({
  id: `${request.id}-routed-${at}`,
  at,
  actorId: 'relais',
  action: 'change-request.routed',
  targetType: TARGET,
  targetId: request.id,
  details: { routing: request.routing, approverIds: request.approverIds },
});

/** The decision, with who asked, who decided, when and why; one per request (its id is the status). */
export const decisionAudit = (request: ChangeRequest, details: Record<string, unknown> = {}): AuditRecord => ({
  id: `${request.id}-${request.status}`,
  at: request.decidedAt ?? request.requestedAt,
  actorId: request.decidedBy ?? request.requestedBy,
  action: `change-request.${request.status}`,
  targetType: TARGET,
  targetId: request.id,
  details: {
    tierId: request.tierId,
    requestedBy: request.requestedBy,
    requestedByName: request.requestedByName,
    requestedAt: request.requestedAt,
    reason: request.reason,
    interactionId: request.interactionId,
    decidedByName: request.decidedByName,
    comment: request.comment,
    changes: request.changes,
    ...details,
  },
});

/** The tier's own trail of approved changes: before and after of every field, top-level ones included. */
export const tierChangedAudit = (request: ChangeRequest): AuditRecord => ({
  id: `cr-${request.id}`,
  at: request.decidedAt ?? request.requestedAt,
  actorId: request.decidedBy ?? request.requestedBy,
  action: 'tier.changed',
  targetType: 'tier',
  targetId: request.tierId,
  details: { changeRequestId: request.id, requestedBy: request.requestedBy, changes: request.changes },
});
