import {
  changeRequestHistory,
  createChangeRequest,
  decideChangeRequest,
  getChangeRequest,
  listChangeRequests,
  retryRouting,
  withdrawChangeRequest,
} from '@relais/domain';
import { AuditTrail, ChangeRequest, ChangeRequestDecision, ChangeRequestDraft, ChangeRequestPage, ChangeRequestQuery, RoutingRetrySchema } from '@relais/domain';
import { idempotencyKey, queryObject, readJson } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

export const changeRequestRoutes: Route[] = [
  {
    name: 'change-requests-create',
    docs: { summary: 'Request a reference-data change', tag: 'change-requests', body: ChangeRequestDraft, idempotencyKey: true, responses: { 201: { description: 'Requested and routed to its approvers.', schema: ChangeRequest, headers: ['Location'] } }, problems: { 400: ['CHANGE_REQUEST.INVALID'], 404: ['TIER.NOT_FOUND'], 422: ['FREE_TEXT.FLAGGED'] } },
    method: 'POST',
    path: 'change-requests',
    handler: async (request, { deps, caller }) => {
      const saved = await createChangeRequest(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request) });
      return created(saved, `/api/change-requests/${saved.id}`);
    },
  },
  {
    name: 'change-requests-list',
    docs: { summary: 'Change requests by status, tier or the caller’s part in them', tag: 'change-requests', query: ChangeRequestQuery, responses: { 200: { description: 'A page of requests, newest first.', schema: ChangeRequestPage } } },
    method: 'GET',
    path: 'change-requests',
    handler: async (request, { deps, caller }) => ok(await listChangeRequests(deps, caller, queryObject(request))),
  },
  {
    name: 'change-requests-get',
    docs: { summary: 'Read a change request', tag: 'change-requests', responses: { 200: { description: 'The request.', schema: ChangeRequest, headers: ['ETag'] } }, problems: { 404: ['CHANGE-REQUEST.NOT_FOUND'] } },
    method: 'GET',
    path: 'change-requests/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getChangeRequest(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'change-requests-decide',
    docs: { summary: 'Approve or reject a pending request (its routed approvers, stewards, admins; once)', tag: 'change-requests', body: ChangeRequestDecision, responses: { 200: { description: 'The request as decided.', schema: ChangeRequest } }, problems: { 403: ['CHANGE_REQUEST.NOT_APPROVER'], 404: ['CHANGE-REQUEST.NOT_FOUND'], 409: ['CHANGE_REQUEST.ALREADY_DECIDED', 'CHANGE_REQUEST.CONFLICT'] } },
    method: 'POST',
    path: 'change-requests/{id}/decision',
    handler: async (request, { deps, caller }) => ok(await decideChangeRequest(deps, caller, request.params.id ?? '', await readJson(request))),
  },
  {
    name: 'change-requests-withdraw',
    docs: { summary: 'Withdraw one of your pending requests', tag: 'change-requests', responses: { 200: { description: 'The request, withdrawn.', schema: ChangeRequest } }, problems: { 403: ['CHANGE_REQUEST.NOT_REQUESTER'], 404: ['CHANGE-REQUEST.NOT_FOUND'], 409: ['CHANGE_REQUEST.ALREADY_DECIDED'] } },
    method: 'POST',
    path: 'change-requests/{id}/withdraw',
    handler: async (request, { deps, caller }) => ok(await withdrawChangeRequest(deps, caller, request.params.id ?? '')),
  },
  {
    name: 'change-requests-audit',
    docs: { summary: 'Who asked, to whom it was routed, who decided, when and why', tag: 'change-requests', responses: { 200: { description: 'The trail, oldest first.', schema: AuditTrail } }, problems: { 404: ['CHANGE-REQUEST.NOT_FOUND'] } },
    method: 'GET',
    path: 'change-requests/{id}/audit',
    handler: async (request, { deps, caller }) => ok({ items: await changeRequestHistory(deps, caller, request.params.id ?? '') }),
  },
  {
    name: 'change-requests-retry-routing',
    docs: { summary: 'Route again the requests sent to the stewards while the directory was down (stewards, admins)', tag: 'change-requests', responses: { 200: { description: 'What was routed again and what still waits.', schema: RoutingRetrySchema } }, problems: { 403: ['CHANGE_REQUEST.FORBIDDEN'] } },
    method: 'POST',
    path: 'change-requests/routing/retry',
    handler: async (_request, { deps, caller }) => ok(await retryRouting(deps, caller)),
  },
];
