import { DomainError, factDefinitions, parseInput, referenceFunctions, Role } from '@relais/domain';
import { z } from 'zod';
import { runProbes } from '../../health/health-probe';
import { storageUnavailable } from '../problem';
import { readJson } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

const DevTokenRequest = z
  .object({
    userId: z.string().trim().min(1).max(200),
    name: z.string().trim().min(1).max(200),
    roles: z.array(Role).min(1).max(4),
    teams: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
    email: z.email().optional(),
  })
  .strict();

export const systemRoutes: Route[] = [
  {
    name: 'health',
    method: 'GET',
    path: 'health',
    access: 'public',
    docs: { summary: 'Readiness: 200 when every store answers (checks lists each), else 503 problem+json with Retry-After' },
    handler: async (_request, { services }) => {
      const results = await runProbes(services.health, console.warn);
      const checks = Object.fromEntries(results.map((r) => [r.name, r.status]));
      const ready = results.every((r) => r.status === 'ok');
      // Load balancers and monitors must never be answered from a cache.
      const fresh = { 'cache-control': 'no-store' };
      if (!ready) return storageUnavailable({ storage: services.storageKind, checks }, fresh);
      return ok({ status: 'ok', storage: services.storageKind, checks }, fresh);
    },
  },
  {
    name: 'openapi',
    method: 'GET',
    path: 'openapi.json',
    access: 'public',
    handler: async (_request, { services }) => ok(services.openApi()),
  },
  {
    name: 'dev-token',
    method: 'POST',
    path: 'dev/token',
    access: 'public',
    handler: async (request, { services }) => {
      if (!services.issueDevToken) throw new DomainError('ROUTE.NOT_FOUND', 'not-found', 'No such endpoint.');
      const claims = parseInput(DevTokenRequest, await readJson(request));
      return ok({ token: await services.issueDevToken(claims) });
    },
  },
  {
    name: 'reference-functions',
    method: 'GET',
    path: 'reference-functions',
    handler: async () => ok({ items: referenceFunctions }),
  },
  {
    name: 'fact-definitions',
    method: 'GET',
    path: 'fact-definitions',
    handler: async () =>
      ok({ items: factDefinitions.map((d) => ({ name: d.name, label: d.label, staleAfterDays: d.staleAfterDays, values: z.toJSONSchema(d.value) })) }),
  },
];
