import { routeTable } from '../../functions/src/http/route-table';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation } from '../support/factories';

/**
 * Every route of the API, called with what a broken client or an attacker sends: unknown and odd ids,
 * bodies that are not JSON or not objects, wrong types everywhere, absurd query parameters. Nothing
 * may answer 5xx, and every refusal must say why in a problem document.
 */
let api: TestApi;
let admin: string;
let ids: Record<string, string>;

beforeAll(async () => {
  // Hundreds of calls from one user: the rate limit (tested on its own) is off here.
  api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
  admin = await api.tokenFor({ userId: 'root', name: 'Ada Admin', roles: ['admin'], teams: ['north'] });
  const org = await create(api, admin, organisation());
  const logged = await api.call('POST', '/api/interactions', { token: admin, body: interaction([org.id]) });
  expect(logged.status).toBe(201);
  ids = { tier: org.id, interaction: logged.body.id };
});
afterAll(() => api.stop());

const PARAMS = ['nope', "o'brien\u00e9%2F..%2F", 'a'.repeat(600)];
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
];
const QUERY =
  '?limit=-7&cursor=%25ZZ&asOf=2025-13-45&from=yesterday&to=&q=' + encodeURIComponent('"<script>');

const fill = (path: string, param: string) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) =>
    param === 'known' ? (name === 'id' ? ids.tier! : 'email') : encodeURIComponent(param),
  );

describe.each(routeTable.map((r) => [`${r.method} /api/${r.path}`, r] as const))('%s', (_, route) => {
  it('answers 4xx or 2xx, never 5xx, to odd ids, bodies and query parameters, and explains each refusal', async () => {
    const params = route.path.includes('{') ? [...PARAMS, 'known'] : [''];
    const bodies = route.method === 'GET' || route.method === 'DELETE' ? [BODIES[0]!] : BODIES;
    const failures: string[] = [];
    for (const param of params)
      for (const sent of bodies)
        for (const query of ['', QUERY]) {
          const path = `/api/${fill(route.path, param)}${query}`;
          const response = await api.call(route.method, path, {
            token: admin,
            ...(sent.raw !== undefined
              ? { raw: sent.raw, headers: { 'content-type': 'application/json' } }
              : {}),
            ...(sent.body !== undefined ? { body: sent.body } : {}),
            ...(route.method === 'PATCH' || route.method === 'PUT'
              ? { headers: { 'if-match': 'W/"stale"', 'content-type': 'application/json' } }
              : {}),
          });
          // A 429 would mean the request was never judged.
          if (response.status >= 500 || response.status === 429)
            failures.push(
              `${response.status} ${route.method} ${path} (${sent.name}): ${response.text.slice(0, 200)}`,
            );
          else if (response.status >= 400 && route.path !== 'bot/messages') {
            const problem = response.body as
              { title?: unknown; detail?: unknown; errors?: unknown } | undefined;
            if (!problem || (typeof problem.title !== 'string' && typeof problem.detail !== 'string'))
              failures.push(
                `${response.status} without a problem document: ${route.method} ${path} (${sent.name}): ${response.text.slice(0, 200)}`,
              );
          }
        }
    expect(failures).toEqual([]);
  });
});
