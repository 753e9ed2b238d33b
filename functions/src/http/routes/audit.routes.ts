import { listAudit } from '@relais/domain';
import { AuditPage, AuditQueryInput } from '@relais/domain';
import { queryObject } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

export const auditRoutes: Route[] = [
  {
    name: 'audit-list',
    docs: { summary: 'The audit log per tier and/or per user, newest first (admins)', tag: 'audit', query: AuditQueryInput, responses: { 200: { description: 'A page of records.', schema: AuditPage } }, problems: { 403: ['AUDIT.FORBIDDEN'] } },
    method: 'GET',
    path: 'audit',
    handler: async (request, { deps, caller }) => ok(await listAudit(deps, caller, queryObject(request)), { 'cache-control': 'no-store' }),
  },
];
