import {
  changeRequestHistory,
  createChangeRequest,
  decideChangeRequest,
  getChangeRequest,
  listChangeRequests,
  retryRouting,
  withdrawChangeRequest,
} from '@relais/domain';
import { idempotencyKey, queryObject, readJson } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

export const changeRequestRoutes: Route[] = [
  {
    name: 'change-requests-create',
    docs: { summary: 'Request a reference-data change', body: 'ChangeRequestDraft', returns: 'ChangeRequest' },
    method: 'POST',
    path: 'change-requests',
    handler: async (request, { deps, caller }) => {
      const saved = await createChangeRequest(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request) });
      return created(saved, `/api/change-requests/${saved.id}`);
    },
  },
  {
    name: 'change-requests-list',
    method: 'GET',
    path: 'change-requests',
    handler: async (request, { deps, caller }) => ok(await listChangeRequests(deps, caller, queryObject(request))),
  },
  {
    name: 'change-requests-get',
    method: 'GET',
    path: 'change-requests/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getChangeRequest(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'change-requests-decide',
    docs: { summary: 'Approve or reject a pending request (its routed approvers, stewards, admins; once)', body: 'ChangeRequestDecision', returns: 'ChangeRequest' },
    method: 'POST',
    path: 'change-requests/{id}/decision',
    handler: async (request, { deps, caller }) => ok(await decideChangeRequest(deps, caller, request.params.id ?? '', await readJson(request))),
  },
  {
    name: 'change-requests-withdraw',
    docs: { summary: 'Withdraw one of your pending requests', returns: 'ChangeRequest' },
    method: 'POST',
    path: 'change-requests/{id}/withdraw',
    handler: async (request, { deps, caller }) => ok(await withdrawChangeRequest(deps, caller, request.params.id ?? '')),
  },
  {
    name: 'change-requests-audit',
    docs: { summary: 'Who asked, to whom it was routed, who decided, when and why' },
    method: 'GET',
    path: 'change-requests/{id}/audit',
    handler: async (request, { deps, caller }) => ok({ items: await changeRequestHistory(deps, caller, request.params.id ?? '') }),
  },
  {
    name: 'change-requests-retry-routing',
    docs: { summary: 'Route again the requests sent to the stewards while the directory was down (stewards, admins)' },
    method: 'POST',
    path: 'change-requests/routing/retry',
    handler: async (_request, { deps, caller }) => ok(await retryRouting(deps, caller)),
  },
];
