import { exportPerson, getConsents, recordConsents, requestErasure, requestPersonExport } from '@relais/domain';
import { ConsentsUpdate, ConsentsViewSchema, JobView, PersonExportSchema } from '@relais/domain';
import { idempotencyKey, readJson } from '../request-body';
import { accepted, downloadHeaders, ok, resource } from '../responses';
import type { Route } from '../route';

const id = (request: { params: Record<string, string> }) => request.params.id ?? '';

/** A person's GDPR rights: consents and objection (anyone who sees them), access and erasure (stewards and admins). */
export const personRoutes: Route[] = [
  {
    name: 'persons-consents-get',
    docs: { summary: 'A person’s consents and objections per channel, with their history', tag: 'persons', responses: { 200: { description: 'The consents.', schema: ConsentsViewSchema, headers: ['ETag'] } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'persons/{id}/consents',
    handler: async (request, { deps, caller }) => {
      const found = await getConsents(deps, caller, id(request));
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'persons-consents-put',
    docs: { summary: 'Record consents, objections and their legal basis per channel (history kept)', tag: 'persons', body: ConsentsUpdate, responses: { 200: { description: 'The consents as saved.', schema: ConsentsViewSchema, headers: ['ETag'] } }, problems: { 404: ['TIER.NOT_FOUND'], 409: ['TIER.MERGED'], 410: ['TIER.ERASED'] } },
    method: 'PUT',
    path: 'persons/{id}/consents',
    handler: async (request, { deps, caller }) => {
      const saved = await recordConsents(deps, caller, id(request), await readJson(request));
      return resource(saved.value, saved.etag);
    },
  },
  {
    name: 'persons-export',
    docs: { summary: 'Everything held about a person, as JSON (right of access; audited)', tag: 'persons', responses: { 200: { description: 'The export, as a file to save.', schema: PersonExportSchema, headers: ['Content-Disposition'] } }, problems: { 403: ['PERSON.FORBIDDEN'], 404: ['PERSON.NOT_FOUND'], 410: ['TIER.ERASED'] } },
    method: 'GET',
    path: 'persons/{id}/export',
    handler: async (request, { deps, caller }) =>
      ok(await exportPerson(deps, caller, id(request)), downloadHeaders(`person-${id(request)}.json`)),
  },
  {
    name: 'persons-export-job',
    docs: {
      summary: 'Everything held about a person, as a job for pages that show progress (right of access; audited)',
      tag: 'persons',
      idempotencyKey: true,
      responses: { 202: { description: 'Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is the export (PersonExport).', schema: JobView, headers: ['Location'] } },
      problems: { 403: ['PERSON.FORBIDDEN'], 404: ['PERSON.NOT_FOUND'], 410: ['TIER.ERASED'] },
    },
    method: 'POST',
    path: 'persons/{id}/export',
    handler: async (request, { deps, caller }) => accepted(await requestPersonExport(deps, caller, id(request), idempotencyKey(request))),
  },
  {
    name: 'persons-erase',
    docs: {
      summary: 'Erase a person everywhere, leaving an erasure record (right to erasure; audited)',
      tag: 'persons',
      idempotencyKey: true,
      responses: { 202: { description: 'Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result is what the erasure touched, in counts (ErasureReport)', schema: JobView, headers: ['Location'] } },
      problems: { 403: ['PERSON.FORBIDDEN'], 404: ['PERSON.NOT_FOUND'] },
    },
    method: 'POST',
    path: 'persons/{id}/erase',
    handler: async (request, { deps, caller }) => accepted(await requestErasure(deps, caller, id(request), idempotencyKey(request))),
  },
];
