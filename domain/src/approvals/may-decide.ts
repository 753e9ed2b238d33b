import { hasRole, type Caller } from '../model/caller';
import type { ChangeRequest } from '../model/change-request.schema';

/** The approvers the request was routed to, and any steward or admin. */
export const mayDecide = (caller: Caller, request: ChangeRequest): boolean =>
  request.approverIds.includes(caller.userId) || hasRole(caller, 'steward', 'admin');

/** Those a request was shown to by routing (and its author) see it whatever the tier's visibility. */
export const isInvolved = (caller: Caller, request: ChangeRequest): boolean =>
  request.requestedBy === caller.userId || request.approverIds.includes(caller.userId);

/** For the "to decide" list: what was routed to the caller, and for stewards what was routed to stewards. */
export const isToDecideBy = (caller: Caller, request: ChangeRequest): boolean =>
  request.requestedBy !== caller.userId &&
  (request.approverIds.includes(caller.userId) || (hasRole(caller, 'steward', 'admin') && request.routing !== 'manager'));
