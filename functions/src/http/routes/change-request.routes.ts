import { createChangeRequest, getChangeRequest, listChangeRequests } from '@relais/domain';
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
];
