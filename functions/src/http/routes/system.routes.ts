import { DomainError, factDefinitions, parseInput, referenceFunctions, Role, UserId } from '@relais/domain';
import { DevToken, FactDefinitionList, Health, OpenApiDocument, ReferenceFunctionList } from '@relais/domain';
import { z } from 'zod';
import { runProbes } from '../../health/health-probe';
import { storageUnavailable } from '../problem';
import { readJson } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

const DevTokenRequest = z
  .object({
    userId: UserId,
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
    docs: {
      summary: 'Readiness: 200 when every store answers (checks lists each), else 503 problem+json with Retry-After',
      tag: 'system',
      responses: { 200: { description: 'Ready.', schema: Health } },
      problems: { 503: ['STORAGE.UNAVAILABLE'] },
    },
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
    docs: { summary: 'This OpenAPI 3.1 document', tag: 'system', responses: { 200: { description: 'The document.', schema: OpenApiDocument } } },
    method: 'GET',
    path: 'openapi.json',
    access: 'public',
    handler: async (_request, { services }) => ok(services.openApi()),
  },
  {
    name: 'dev-token',
    docs: { summary: 'A token from the dev issuer (local mode only)', description: 'Signs a token for a named demo user and roles. Exists only in local mode: 404 `ROUTE.NOT_FOUND` in production.', tag: 'system', body: DevTokenRequest, responses: { 200: { description: 'The token.', schema: DevToken } }, problems: { 404: ['ROUTE.NOT_FOUND'] }, example: { request: { userId: 'claire.martin', name: 'Claire Martin', roles: ['rep'], teams: ['nord'] } } },
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
    docs: { summary: 'The controlled list of job functions, in French and English', tag: 'system', responses: { 200: { description: 'The functions.', schema: ReferenceFunctionList } } },
    method: 'GET',
    path: 'reference-functions',
    handler: async () => ok({ items: referenceFunctions }),
  },
  {
    name: 'fact-definitions',
    docs: { summary: 'The dated facts a tier carries, with their values and how long they stay trustworthy', tag: 'system', responses: { 200: { description: 'The definitions.', schema: FactDefinitionList } } },
    method: 'GET',
    path: 'fact-definitions',
    handler: async () =>
      ok({ items: factDefinitions.map((d) => ({ name: d.name, label: d.label, staleAfterDays: d.staleAfterDays, values: z.toJSONSchema(d.value) })) }),
  },
];
