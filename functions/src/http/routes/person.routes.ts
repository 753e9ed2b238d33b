import { exportPerson, getConsents, recordConsents, requestErasure, requestPersonExport } from '@relais/domain';
import { idempotencyKey, readJson } from '../request-body';
import { accepted, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

/** A person's GDPR rights: consents and objection (anyone who sees them), access and erasure (stewards and admins). */
export const personRoutes: Route[] = [
  {
    name: 'persons-consents-get',
    method: 'GET',
    path: 'persons/{id}/consents',
    handler: async (request, { deps, caller }) => {
      const found = await getConsents(deps, caller, id(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'persons-consents-put',
    docs: { summary: 'Record consents, objections and their legal basis per channel (history kept)', body: 'ConsentsUpdate' },
    method: 'PUT',
    path: 'persons/{id}/consents',
    handler: async (request, { deps, caller }) => {
      const saved = await recordConsents(deps, caller, id(request), await readJson(request));
      return resource(saved.value, saved.etag);
    },
  },
  {
    name: 'persons-export',
    docs: { summary: 'Everything held about a person, as JSON (right of access; audited)' },
    method: 'GET',
    path: 'persons/{id}/export',
    handler: async (request, { deps, caller }) =>
      ok(await exportPerson(deps, caller, id(request)), {
        'content-disposition': `attachment; filename="person-${id(request)}.json"`,
        'cache-control': 'no-store',
      }),
  },
  {
    name: 'persons-export-job',
    docs: { summary: 'The same export as a job, for pages that show progress; 202 + Location, the result is the JSON', returns: 'Job', status: 202 },
    method: 'POST',
    path: 'persons/{id}/export',
    handler: async (request, { deps, caller }) => accepted(await requestPersonExport(deps, caller, id(request), idempotencyKey(request))),
  },
  {
    name: 'persons-erase',
    docs: { summary: 'Erase a person everywhere, leaving an erasure record (right to erasure; audited): a job, 202 + Location; its result is the erasure report', returns: 'Job', status: 202 },
    method: 'POST',
    path: 'persons/{id}/erase',
    handler: async (request, { deps, caller }) => accepted(await requestErasure(deps, caller, id(request), idempotencyKey(request))),
  },
];
