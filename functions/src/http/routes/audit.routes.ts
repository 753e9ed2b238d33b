import { listAudit } from '@relais/domain';
import { queryObject } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

export const auditRoutes: Route[] = [
  {
    name: 'audit-list',
    docs: { summary: 'The audit log per tier and/or per user, newest first (admins)' },
    method: 'GET',
    path: 'audit',
    handler: async (request, { deps, caller }) => ok(await listAudit(deps, caller, queryObject(request)), { 'cache-control': 'no-store' }),
  },
];
