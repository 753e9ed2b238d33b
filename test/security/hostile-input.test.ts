import { randomBytes, randomUUID } from 'node:crypto';
import { routeTable } from '../../functions/src/http/route-table';
import type { Route } from '../../functions/src/http/route';
import { encodeKey } from '../../functions/src/storage/keys';
import { tableNames } from '../../functions/src/storage/table-set';
import { startApi, type ApiResponse, type TestApi } from '../support/api-harness';
import { create, interaction, organisation } from '../support/factories';

/**
 * Every route of the API, called with what a broken client or an attacker sends: every shape of path
 * id (unknown, key characters, `%2F`, broken percent-encoding, far too long), bodies that are not JSON
 * or not objects, wrong types everywhere, key characters in every id-like field and query parameter,
 * absurd query parameters, `If-Match: *`, the CSV in both separators, and each role. Nothing may answer
 * 5xx, every refusal must say why in a problem document, a malformed id is a 400 naming it, and no
 * key character ever reaches a storage key.
 */
let api: TestApi;
const tokens: Record<'rep' | 'manager' | 'steward' | 'admin', string> = { rep: '', manager: '', steward: '', admin: '' };
let ids: Record<string, string>;

beforeAll(async () => {
  // Hundreds of calls from one user: the rate limit (tested on its own) is off here.
  api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
  for (const role of ['rep', 'manager', 'steward', 'admin'] as const)
    tokens[role] = await api.tokenFor({ userId: `hostile-${role}`, name: `Hostile ${role}`, roles: [role], teams: ['north'] });
  const org = await create(api, tokens.admin, organisation());
  const logged = await api.call('POST', '/api/interactions', { token: tokens.admin, body: interaction([org.id]) });
  expect(logged.status).toBe(201);
  ids = { tier: org.id, interaction: logged.body.id };
});
afterAll(() => api.stop());

/** Path segments as sent on the wire (already encoded, or deliberately broken). */
const MALFORMED_IDS = ['a%2Fb', 'a%5Cb', 'a%23b', 'a%3Fb', 'a%00b', 'a%1Fb', '%ZZ', '%E0%A4%A', 'a%25b', encodeURIComponent("o'brien\u00e9"), 'a'.repeat(600)];
const WELL_FORMED_UNKNOWN = ['nope', randomBytes(16).toString('hex'), randomUUID()];
/** What Azure Table keys refuse, and control characters, in every id-like field. */
const KEY_BREAKERS = ['a/b', 'a\\b', 'a#b', 'a?b', 'a\u0001b', 'a\u007fb', 'a\u0085b'];
const ID_FIELDS = ['tierId', 'assigneeId', 'typeId', 'fromId', 'toId', 'duplicateId', 'parentId', 'organisationId', 'interactionId', 'owner', 'userId', 'id'];
const keyBreakingBody = (bad: string) => ({
  ...Object.fromEntries(ID_FIELDS.map((field) => [field, bad])),
  tierIds: [bad],
  participants: [{ tierId: bad }],
  tasks: [{ title: 'x', assigneeId: bad }],
  changes: [{ path: 'website', to: 'https://x.fr' }],
});
const keyBreakingQuery = (bad: string) =>
  `?${new URLSearchParams(Object.fromEntries(['assignee', 'userId', 'tierId', 'rep', 'id', 'cursor'].map((p) => [p, bad])))}`;

const BODIES: { name: string; raw?: string; body?: unknown }[] = [
  { name: 'no body' },
  { name: 'not JSON', raw: '{"subject": "unterminated' },
  { name: 'JSON null', raw: 'null' },
  { name: 'an array', body: [1, 2, 3] },
  { name: 'a string', body: 'hello' },
  {
    name: 'wrong types',
    body: {
      kind: 42,
      names: 'x',
      participants: {},
      changes: 'all',
      decision: ['approve'],
      tierId: 7,
      limit: 'x',
      rule: 5,
    },
  },
  { name: 'deep nesting', body: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`) },
  ...KEY_BREAKERS.map((bad) => ({ name: `key character ${JSON.stringify(bad)} in every id-like field`, body: keyBreakingBody(bad) })),
];
const QUERIES = [
  '',
  '?limit=-7&cursor=%25ZZ&asOf=2025-13-45&from=yesterday&to=&q=' + encodeURIComponent('"<script>'),
  '?separator=semicolon',
  '?separator=comma',
  ...KEY_BREAKERS.map(keyBreakingQuery),
];

const withKnownIds = (route: Route) => route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? ids.tier! : 'lifecycle'));
const withId = (route: Route, id: string) => route.path.replace(/\{(\w+)\}/g, () => id);
const hasBody = (route: Route) => !['GET', 'DELETE'].includes(route.method);

/** Writes that need an ETag get a stale one, unless `ifMatch` says otherwise (then any method carries it). */
const call = (route: Route, path: string, token: string, sent: (typeof BODIES)[number] = BODIES[0]!, ifMatch?: string) => {
  const precondition = ifMatch ?? (['PATCH', 'PUT', 'DELETE'].includes(route.method) ? 'W/"stale"' : undefined);
  return api.call(route.method, `/api/${path}`, {
    token,
    ...(sent.raw !== undefined ? { raw: sent.raw } : {}),
    ...(sent.body !== undefined ? { body: sent.body } : {}),
    headers: { ...(sent.raw !== undefined ? { 'content-type': 'application/json' } : {}), ...(precondition ? { 'if-match': precondition } : {}) },
  });
};

/** A 5xx or a 429 (never judged) is a failure; so is a refusal that is no problem document (the bot speaks Bot Framework). */
const judge = (route: Route, what: string, response: ApiResponse): string[] => {
  if (response.status >= 500 || response.status === 429) return [`${response.status} ${what}: ${response.text.slice(0, 200)}`];
  const problem = response.body as { title?: unknown; detail?: unknown } | undefined;
  if (response.status >= 400 && route.path !== 'bot/messages' && (!problem || (typeof problem.title !== 'string' && typeof problem.detail !== 'string')))
    return [`${response.status} without a problem document: ${what}: ${response.text.slice(0, 200)}`];
  return [];
};

describe.each(routeTable.map((r) => [`${r.method} /api/${r.path}`, r] as const))('%s', (_, route) => {
  it('answers 4xx or 2xx, never 5xx, to odd ids, bodies and query parameters, and explains each refusal', async () => {
    const failures: string[] = [];
    const params = route.path.match(/\{(\w+)\}/g)?.map((p) => p.slice(1, -1)) ?? [];
    // Every shape of id: a malformed one is refused before any handler, naming the parameter.
    if (params.length > 0) {
      for (const id of MALFORMED_IDS) {
        const response = await call(route, withId(route, id), tokens.admin);
        const named = ((response.body?.errors ?? []) as { path: string }[]).map((e) => e.path);
        if (response.status !== 400 || !params.every((p) => named.includes(p)))
          failures.push(`${route.method} ${id}: expected 400 naming ${params.join(', ')}, got ${response.status} ${response.text.slice(0, 200)}`);
      }
      for (const id of WELL_FORMED_UNKNOWN) failures.push(...judge(route, `${route.method} ${id}`, await call(route, withId(route, id), tokens.admin)));
    }
    for (const sent of hasBody(route) ? BODIES : [BODIES[0]!])
      for (const query of hasBody(route) ? ['', QUERIES[1]!] : QUERIES) {
        const path = `${withKnownIds(route)}${query}`;
        failures.push(...judge(route, `${route.method} ${path} (${sent.name})`, await call(route, path, tokens.admin, sent)));
      }
    expect(failures).toEqual([]);
  });

  it('as each role, and under If-Match: *, answers without a 5xx; a write under * is refused', async () => {
    const failures: string[] = [];
    const path = withKnownIds(route);
    const body = hasBody(route) ? { name: '{}', body: {} } : BODIES[0]!;
    for (const [role, token] of Object.entries(tokens)) failures.push(...judge(route, `${role} ${route.method} ${path}`, await call(route, path, token, body)));
    const wildcard = await call(route, path, tokens.admin, body, '*');
    failures.push(...judge(route, `If-Match: * ${route.method} ${path}`, wildcard));
    if (['PATCH', 'DELETE'].includes(route.method) && (wildcard.status !== 428 || wildcard.body.code !== 'CONCURRENCY.IF_MATCH_WILDCARD'))
      failures.push(`If-Match: * on ${route.method} ${path}: ${wildcard.status} ${wildcard.text.slice(0, 200)}`);
    expect(failures).toEqual([]);
  });
});

describe('after every route was called with key characters', () => {
  it('no storage key holds one: each was refused at the edge', async () => {
    const encoded = KEY_BREAKERS.map(encodeKey);
    const found: string[] = [];
    for (const name of tableNames)
      for await (const entity of (await api.app.stores.tables.table(name)).listEntities({ queryOptions: { select: ['PartitionKey', 'RowKey'] } }))
        for (const key of [entity.partitionKey ?? '', entity.rowKey ?? '']) if (encoded.some((e) => key.includes(e))) found.push(`${name}: ${key}`);
    expect(found).toEqual([]);
  });
});
