import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildOpenApi } from '../../functions/src/http/openapi';
import { routeTable } from '../../functions/src/http/route-table';
import { startApi, type TestApi } from '../support/api-harness';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  security?: unknown[];
  parameters: { name?: string; in?: string; $ref?: string; description?: string }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }>; headers?: Record<string, unknown> }>;
};
const operations = (doc: ReturnType<typeof buildOpenApi>) =>
  Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

let api: TestApi;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

it('publishes OpenAPI 3.1 with every route and the domain schemas as components', async () => {
  const doc = (await api.call('GET', '/api/openapi.json')).body;
  expect(doc.openapi).toBe('3.1.0');
  for (const route of routeTable) expect(doc.paths[`/api/${route.path}`][route.method.toLowerCase()].operationId).toBe(route.name);
  expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['TierDraft', 'InteractionDraft', 'ChangeRequestDraft', 'Tier', 'Problem']));
  expect(doc.paths['/api/interactions'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/InteractionDraft');
  expect(doc.components.schemas.InteractionDraft.required).toEqual(expect.arrayContaining(['direction', 'medium', 'occurredAt', 'participants']));
});

it('describes every operation completely: a typed answer, its problems, its parameters', () => {
  const doc = buildOpenApi();
  const gaps: string[] = [];
  for (const { path, method, operation } of operations(doc)) {
    const at = `${method.toUpperCase()} ${path}`;
    const statuses = Object.keys(operation.responses);
    const successes = statuses.filter((s) => s.startsWith('2'));
    if (successes.length === 0) gaps.push(`${at}: no 2xx answer`);
    for (const status of successes) {
      const { content } = operation.responses[status]!;
      if (status !== '204' && !content) gaps.push(`${at}: ${status} has no body schema`);
      const json = content?.['application/json'];
      if (json && !json.schema.$ref) gaps.push(`${at}: ${status} body is not a named component`);
    }
    if (operation.security === undefined) for (const s of ['401', '403', '429']) if (!statuses.includes(s)) gaps.push(`${at}: no ${s}`);
    if (operation.requestBody && !statuses.includes('400')) gaps.push(`${at}: a body but no 400`);
    if (/\{\w+\}/.test(path) && !statuses.includes('404')) gaps.push(`${at}: a path id but no 404`);
    for (const status of statuses.filter((s) => s.startsWith('4')))
      if (!operation.responses[status]!.content?.['application/problem+json']) gaps.push(`${at}: ${status} is not problem+json`);
    for (const parameter of operation.parameters) if (!parameter.$ref && !parameter.description) gaps.push(`${at}: ${parameter.name} undescribed`);
  }
  expect(gaps).toEqual([]);
});

it('documents the parameters, headers and bodies clients need', () => {
  const doc = buildOpenApi() as { paths: Record<string, Record<string, Operation>> };
  const names = (operation: Operation) => operation.parameters.map((p) => p.name ?? p.$ref?.split('/').pop());
  expect(names(doc.paths['/api/tiers']!.get!)).toEqual(expect.arrayContaining(['q', 'kind', 'limit', 'cursor', 'AcceptLanguage']));
  expect(names(doc.paths['/api/tasks']!.get!)).toEqual(expect.arrayContaining(['assignee', 'status', 'limit', 'cursor']));
  expect(names(doc.paths['/api/segments/{id}/members']!.get!)).toEqual(expect.arrayContaining(['id', 'asOf', 'limit', 'cursor']));
  expect(names(doc.paths['/api/reports/activity']!.get!)).toEqual(expect.arrayContaining(['from', 'to', 'groupBy']));
  expect(names(doc.paths['/api/tiers/{id}']!.patch!)).toContain('IfMatchRequired');
  expect(names(doc.paths['/api/interactions']!.post!)).toContain('IdempotencyKey');
  expect(doc.paths['/api/tiers/{id}']!.patch!.requestBody!.content['application/json']!.schema.$ref).toBe('#/components/schemas/TierPatch');
  expect(doc.paths['/api/tiers/{id}']!.get!.responses['200']!.headers).toHaveProperty('ETag');
  expect(doc.paths['/api/tiers']!.post!.responses['201']!.headers).toHaveProperty('Location');
  expect(doc.paths['/api/tiers']!.post!.responses['409']!.content!['application/problem+json']!.schema.$ref).toBe('#/components/schemas/LikelyDuplicateProblem');
  expect(doc.paths['/api/health']!.get!.security).toEqual([]);
});

it('keeps the clients\' generated types in step with the route table (npm run api:types)', async () => {
  const check = await run(bin('tsx'), [join(root, 'scripts/generate-api-types.ts'), '--check'], { cwd: root }).catch((error: { stdout: string; stderr: string }) => error);
  expect(check.stderr).toBe('');
  expect(check.stdout).toContain('up to date');
}, 120_000);

it('passes Spectral (spectral:oas) and Redocly (recommended) without an error or a warning', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'relais-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(buildOpenApi(), null, 2));
    const spectral = await run(bin('spectral'), ['lint', file, '--ruleset', join(root, '.spectral.yaml'), '--fail-severity', 'hint', '--format', 'json', '--quiet'], {
      cwd: root,
    }).catch((error: { stdout: string }) => error);
    expect(JSON.parse(spectral.stdout || '[]')).toEqual([]);
    const redocly = await run(bin('redocly'), ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(redocly.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
