import { randomBytes } from 'node:crypto';
import { ok } from '../../functions/src/http/responses';
import { routeTable } from '../../functions/src/http/route-table';
import type { Route } from '../../functions/src/http/route';
import { startApi, type ApiResponse, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

/**
 * Walks EVERY route of the route table as a rep of team north against the confidential tiers of team
 * south (an organisation, a person working there, their relation, an interaction, tasks, change
 * requests, consents). Each call is made twice: with the secret's ids and values, and with unknown ones
 * of the same shape. Nothing may tell them apart (same status, same code, same body once the values
 * are swapped), and no secret the request did not carry may appear in any answer. A route added
 * tomorrow is walked the same way, so it fails this test if it leaks.
 */

let api: TestApi;
let walker: string;
let owner: string;
let steward: string;
const fakeId = () => randomBytes(16).toString('hex');

type Secret = Record<'org' | 'person' | 'relation' | 'interaction' | 'task' | 'interactionTask' | 'request' | 'interactionRequest', string>;
let secret: Secret;
let walkerOrg: string;
/** Secret value → the unknown value of the same shape it is swapped with. */
let swaps: [string, string][];
/** What only the secret holds: none may reach the walker unless the walker's request carried it. */
let markers: string[];

const SOURCE = '<negociation-4417@zanzibar-confidentiel.fr>';
const EMAIL = 'ophelie.zanzibaroff@zanzibar-confidentiel.fr';
const PHONE = '+33 6 99 88 77 66';
const SIREN = '362275869';

beforeAll(async () => {
  api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
  walker = await api.tokenFor({ userId: 'walker', name: 'Walter North', roles: ['rep'], teams: ['north'] });
  owner = await api.tokenFor({ userId: 'owner-s', name: 'Sophie South', roles: ['rep'], teams: ['south'] });
  steward = await api.tokenFor({ userId: 'steward-1', name: 'Stella Steward', roles: ['steward'], teams: [] });
  const org = await create(api, owner, organisation({
    names: [{ type: 'legal', value: 'Zanzibar Confidentiel Industries' }], siren: SIREN, emailDomains: ['zanzibar-confidentiel.fr'],
    phones: ['+33 4 11 22 33 44'], confidentiality: 'confidential',
  }));
  const who = await create(api, owner, person({
    firstName: 'Ophélie', lastName: 'Zanzibaroff', emails: [EMAIL], phones: [PHONE], confidentiality: 'confidential', organisationId: org.id,
  }));
  walkerOrg = (await create(api, walker, organisation({ names: [{ type: 'legal', value: 'Walker Public Works' }] }))).id;
  const relations = await api.call('GET', `/api/tiers/${who.id}/relations`, { token: owner });
  const logged = await api.call('POST', '/api/interactions', {
    token: owner,
    body: interaction([who.id, org.id], {
      source: { kind: 'email', id: SOURCE }, subject: 'Négociation secrète', summary: 'Remise exceptionnelle envisagée',
      tasks: [{ title: 'Relancer le comité', assigneeId: 'owner-s' }],
      changeRequests: [{ tierId: org.id, changes: [{ path: 'website', to: 'https://zanzibar-confidentiel.fr' }], reason: 'Nouveau site annoncé' }],
    }),
  });
  const task = await api.call('POST', '/api/tasks', { token: owner, body: { title: 'Préparer la contre-offre', tierIds: [org.id] } });
  const request = await api.call('POST', '/api/change-requests', { token: owner, body: { tierId: who.id, changes: [{ path: 'jobTitle', to: 'Directrice financière' }] } });
  await api.call('PUT', `/api/persons/${who.id}/consents`, {
    token: owner, body: { consents: [{ channel: 'phone', legalBasis: 'legitimate-interest', status: 'objected', source: 'Appel entrant', date: '2026-01-05' }] },
  });
  for (const r of [relations, logged, task, request]) expect(r.status).toBeLessThan(300);
  secret = {
    org: org.id, person: who.id, relation: relations.body.items[0].id, interaction: logged.body.id, task: task.body.id,
    interactionTask: logged.body.taskIds[0], request: request.body.id, interactionRequest: logged.body.changeRequestIds[0],
  };
  swaps = [
    ...Object.values(secret).map((id): [string, string] => [id, fakeId()]),
    [SOURCE, '<inconnu-1@ailleurs.fr>'], [EMAIL, 'personne@ailleurs-inconnu.fr'], [SIREN, '925988156'], ['362 275 869', '925 988 156'],
    ['Zanzibar Confidentiel Industries', 'Quokka Imaginaire Holding'], ['Zanzibaroff', 'Imaginaroff'], ['Zanzibar', 'Quokka'], ['zanzibar', 'quokka'],
  ];
  markers = [
    ...Object.values(secret), SOURCE, EMAIL, 'ophélie', 'zanzibaroff', '99 88 77 66', '+33699887766', '11 22 33 44', '+33411223344',
    'négociation secrète', 'remise exceptionnelle', 'relancer le comité', 'nouveau site annoncé', 'contre-offre', 'directrice financière', 'appel entrant',
  ].map((m) => m.toLowerCase());
}, 60_000);
afterAll(() => api.stop());

const swap = (text: string): string => swaps.reduce((t, [from, to]) => t.split(from).join(to), text);

/** Fields that differ from one call to the next whatever the data (fresh ids, clocks). */
const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'requestedAt', 'recordedAt', 'etag', 'at', 'ranAt', 'exportedAt', 'nextCursor', 'taskIds', 'changeRequestIds']);
/** Ids of what the walker created during the walk differ between the two calls; the secret's are swapped, not hidden. */
const ownId = (value: string) => /^[0-9a-f]{32}$/.test(value) && !swaps.some(([, fake]) => fake === value);
const normalize = (value: unknown): unknown => {
  if (typeof value === 'string') return ownId(value) ? '<id>' : value;
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([k]) => !VOLATILE.has(k)).map(([k, v]) => [k, normalize(v)]));
  return value;
};
const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

type Call = { method: string; path: string; body?: unknown };

const send = (call: Call): Promise<ApiResponse> =>
  api.call(call.method, call.path, {
    token: walker,
    ...(call.body === undefined ? {} : { body: call.body }),
    headers: ['PATCH', 'DELETE'].includes(call.method) ? { 'if-match': '*' } : {},
  });

/** The ids a path parameter may take, by what the route is about (anything else: every secret id). */
const idsFor = (route: Route, param: string): string[] => {
  if (param === 'name') return ['lifecycle'];
  if (param !== 'id') return Object.values(secret);
  const byResource: Record<string, string[]> = {
    tiers: [secret.org, secret.person],
    persons: [secret.person, secret.org],
    relations: [secret.relation],
    interactions: [secret.interaction],
    tasks: [secret.task, secret.interactionTask],
    'change-requests': [secret.request, secret.interactionRequest],
  };
  return byResource[route.path.split('/')[0]!] ?? Object.values(secret);
};

const paths = (route: Route): string[] =>
  (route.path.match(/\{(\w+)\}/g) ?? []).reduce(
    (acc, token) => acc.flatMap((p) => idsFor(route, token.slice(1, -1)).map((id) => p.replace(token, encodeURIComponent(id)))),
    [`/api/${route.path}`],
  );

const queries = (): Record<string, string>[] => [
  {}, { q: 'Zanzibar' }, { q: EMAIL }, { q: SIREN }, { q: '06 99 88 77 66' }, { tierId: secret.org }, { tierId: secret.person },
  { kind: 'email', id: SOURCE }, { status: 'pending', tierId: secret.org }, { mine: 'to-decide' }, { userId: 'owner-s' }, { assignee: 'owner-s' },
];

const bodies = (): unknown[] => [
  {},
  { tierId: secret.org, changes: [{ path: 'website', to: 'https://x.fr' }] },
  { tierId: secret.person, changes: [{ path: 'jobTitle', to: 'X' }] },
  interaction([secret.org]),
  interaction([walkerOrg, secret.person]),
  { title: 'Suivi', tierIds: [secret.org] },
  { typeId: 'partner-of', fromId: walkerOrg, toId: secret.org, status: 'ongoing' },
  { typeId: 'works-for', fromId: secret.person, toId: walkerOrg, status: 'ongoing' },
  { emails: [EMAIL, 'achats@zanzibar-confidentiel.fr'] },
  { kind: 'organisation', names: [{ type: 'legal', value: 'Zanzibar Confidentiel Industries' }], siren: SIREN },
  { kind: 'person', firstName: 'Ophélie', lastName: 'Zanzibaroff', emails: [EMAIL], organisationId: secret.org },
  { duplicateId: secret.person },
  { duplicateId: secret.org },
  { tierIds: [secret.org, secret.person] },
  { consents: [{ channel: 'email', legalBasis: 'consent', status: 'granted', source: 'Formulaire', date: '2026-02-01' }] },
  { decision: 'approve' },
  { participants: [{ tierId: secret.org }] },
  { status: 'ended' },
  { website: 'https://x.fr' },
];

const calls = (route: Route): Call[] => {
  const withBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return paths(route).flatMap((path) => {
    const params = route.path.includes('{');
    if (withBody) return bodies().map((body) => ({ method: route.method, path, body }));
    const list = params ? [{}] : queries();
    return list.map((query) => ({ method: route.method, path: `${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}` }));
  });
};

const leakedMarkers = (call: Call, response: ApiResponse): string[] => {
  const asked = `${call.path} ${JSON.stringify(call.body ?? '')}`.toLowerCase();
  const answered = `${response.text} ${[...response.headers.entries()].join(' ')}`.toLowerCase();
  return markers.filter((m) => answered.includes(m) && !asked.includes(m) && !decodeURIComponent(asked).includes(m));
};

const snapshot = async () => {
  const reads = [
    `/api/tiers/${secret.org}`, `/api/tiers/${secret.person}`, `/api/interactions/${secret.interaction}`, `/api/tasks/${secret.task}`,
    `/api/tasks/${secret.interactionTask}`, `/api/change-requests/${secret.request}`, `/api/change-requests/${secret.interactionRequest}`,
    `/api/relations/${secret.relation}`, `/api/persons/${secret.person}/consents`,
  ];
  return Promise.all(reads.map(async (path) => `${path} ${(await api.call('GET', path, { token: steward })).headers.get('etag')}`));
};

/** Calls one route every way it can be called; several calls at once, each pair (secret, unknown) in order. */
const walkRoute = async (route: Route): Promise<{ walked: number; problems: string[] }> => {
  const problems: string[] = [];
  const pending = calls(route);
  const worker = async () => {
    for (let call = pending.shift(); call; call = pending.shift()) {
      const real = await send(call);
      const leaked = leakedMarkers(call, real);
      if (leaked.length > 0) problems.push(`${route.name} ${call.method} ${call.path} ${JSON.stringify(call.body ?? '')}: answer holds ${leaked.join(', ')}`);
      // Logging a message someone else logged: the walker holds the message, so learning it was logged is no leak; its content would be.
      if (JSON.stringify(call.body ?? '').includes(SOURCE)) continue;
      const unknown = await send({ ...call, path: swap(call.path), body: call.body === undefined ? undefined : parse(swap(JSON.stringify(call.body))) });
      const seen = { status: real.status, body: normalize(parse(swap(real.text))) };
      const expected = { status: unknown.status, body: normalize(parse(unknown.text)) };
      if (JSON.stringify(seen) !== JSON.stringify(expected))
        problems.push(`${route.name} ${call.method} ${call.path} ${JSON.stringify(call.body ?? '')}: ${real.status} ${real.text.slice(0, 300)} ≠ unknown ids: ${unknown.status} ${unknown.text.slice(0, 300)}`);
    }
  };
  const walked = pending.length;
  await Promise.all(Array.from({ length: 6 }, worker));
  return { walked, problems };
};

describe('every route, as a rep of another team, against a confidential tier', () => {
  it('answers as if the tier did not exist, and writes nothing', async () => {
    const before = await snapshot();
    const results = [];
    for (const route of routeTable) results.push(await walkRoute(route));
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    expect(results.filter((r) => r.walked === 0)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 300_000);

  it('would catch a route that forgot to check visibility', async () => {
    const leaky: Route = {
      name: 'leaky-probe', method: 'GET', path: 'tiers/{id}/leaky-probe',
      docs: { summary: 'A probe that forgets visibility', tag: 'tiers', responses: { 200: { description: 'The kind of any tier.' } } },
      handler: async (request, { deps }) => ok({ name: (await deps.tiers.get(request.params.id ?? ''))?.value.kind ?? null }),
    };
    routeTable.push(leaky);
    try {
      expect((await walkRoute(leaky)).problems).toEqual([expect.stringContaining('leaky-probe GET'), expect.stringContaining('leaky-probe GET')]);
    } finally {
      routeTable.splice(routeTable.indexOf(leaky), 1);
    }
  });

  it('logging the same e-mail as another team tells only that it was logged', async () => {
    const response = await send({ method: 'POST', path: '/api/interactions', body: interaction([walkerOrg], { source: { kind: 'email', id: SOURCE } }) });
    expect([response.status, response.body.code]).toEqual([409, 'INTERACTION.LOGGED_ELSEWHERE']);
    expect(leakedMarkers({ method: 'POST', path: '/api/interactions', body: { source: SOURCE } }, response)).toEqual([]);
  });
});
