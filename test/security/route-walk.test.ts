import { randomBytes } from 'node:crypto';
import { ok } from '../../functions/src/http/responses';
import { routeTable } from '../../functions/src/http/route-table';
import type { Route } from '../../functions/src/http/route';
import { startApi, type ApiResponse, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

/**
 * Walks EVERY route of the route table as a rep and as a manager of team north against the confidential
 * tiers of team south (an organisation, a person working there, their relation, an interaction, tasks,
 * change requests, consents, a segment) and against what south shares with a public tier north sees
 * (an interaction and a task naming the secret too). Each call is made twice: with the secret's ids and
 * values, and with unknown ones of the same shape. Nothing may tell them apart (same status, same code,
 * same body once the values are swapped), and no secret the request did not carry may appear in any
 * answer. Writes carry a stale ETag, and again `If-Match: *`; the CSV export is asked in both
 * separators. A route added tomorrow is walked the same way, so it fails this test if it leaks.
 */

let api: TestApi;
let walker: string;
let manager: string;
let owner: string;
let steward: string;
const fakeId = () => randomBytes(16).toString('hex');

type Secret = Record<
  | 'org' | 'person' | 'relation' | 'interaction' | 'task' | 'interactionTask' | 'request' | 'interactionRequest' | 'sharedInteraction' | 'sharedTask' | 'segment'
  | 'job',
  string
>;
let secret: Secret;
let walkerOrg: string;
/** South's public client, which north sees: what south shares on it with the secret must not show. */
let publicOrg: string;
let walkerSegment: string;
/** Secret value → the unknown value of the same shape it is swapped with. */
let swaps: [string, string][];
/** What only the secret holds: none may reach the walker unless the walker's request carried it. */
let markers: string[];

const SOURCE = '<negociation-4417@zanzibar-confidentiel.fr>';
const SHARED_SOURCE = '<tripartite-88@brasserie-publique.fr>';
/** A write sent with an ETag that was never current: the visibility check must answer before the ETag does. */
const STALE_ETAG = 'W/"datetime\'2020-01-01T00%3A00%3A00.0000000Z\'"';
const EMAIL = 'ophelie.zanzibaroff@zanzibar-confidentiel.fr';
const PHONE = '+33 6 99 88 77 66';
const SIREN = '362275869';

beforeAll(async () => {
  api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
  walker = await api.tokenFor({ userId: 'walker', name: 'Walter North', roles: ['rep'], teams: ['north'] });
  manager = await api.tokenFor({ userId: 'walker-m', name: 'Wanda North', roles: ['manager'], teams: ['north'] });
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
  publicOrg = (await create(api, owner, organisation({ names: [{ type: 'legal', value: 'Brasserie Publique du Port' }] }))).id;
  const shared = await api.call('POST', '/api/interactions', {
    token: owner,
    body: interaction([publicOrg, org.id], { source: { kind: 'email', id: SHARED_SOURCE }, subject: 'Accord tripartite', summary: 'Montage tripartite envisagé' }),
  });
  const sharedTask = await api.call('POST', '/api/tasks', { token: owner, body: { title: 'Relance tripartite', tierIds: [publicOrg, org.id] } });
  // South's own tiers by that name: the walk creates north tiers named like the secret, which north may see.
  const segmentRule = {
    type: 'and',
    conditions: [
      { type: 'attribute', attribute: 'name', op: 'contains', value: 'confidentiel industries' },
      { type: 'attribute', attribute: 'ownerTeam', op: 'eq', value: 'south' },
    ],
  };
  const segment = await api.call('POST', '/api/segments', { token: owner, body: { name: 'Cible secrète du sud', definition: segmentRule, sharedWithTeams: ['south'] } });
  const own = await api.call('POST', '/api/segments', { token: walker, body: { name: 'Recherche du nord', definition: segmentRule } });
  for (const r of [shared, sharedTask, segment, own]) expect(r.status).toBe(201);
  walkerSegment = own.body.id;
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
  // South's steward exports the secret person: the job's result holds all of it.
  const job = await api.call('POST', `/api/persons/${who.id}/export`, { token: steward });
  for (const r of [relations, logged, task, request, job]) expect(r.status).toBeLessThan(300);
  await api.drain();
  secret = {
    org: org.id, person: who.id, relation: relations.body.items[0].id, interaction: logged.body.id, task: task.body.id,
    interactionTask: logged.body.taskIds[0], request: request.body.id, interactionRequest: logged.body.changeRequestIds[0],
    sharedInteraction: shared.body.id, sharedTask: sharedTask.body.id, segment: segment.body.id, job: job.body.id,
  };
  swaps = [
    ...Object.values(secret).map((id): [string, string] => [id, fakeId()]),
    [SOURCE, '<inconnu-1@ailleurs.fr>'], [EMAIL, 'ophelie.imaginaroff@quokka-confidentiel.fr'], [SIREN, '925988156'], ['362 275 869', '925 988 156'],
    ['Zanzibaroff', 'Imaginaroff'], ['Zanzibar', 'Quokka'], ['zanzibar', 'quokka'],
  ];
  markers = [
    ...Object.values(secret), SOURCE, EMAIL, 'ophélie', 'zanzibaroff', '99 88 77 66', '+33699887766', '11 22 33 44', '+33411223344',
    'négociation secrète', 'remise exceptionnelle', 'relancer le comité', 'nouveau site annoncé', 'contre-offre', 'directrice financière', 'appel entrant',
    'accord tripartite', 'montage tripartite', 'relance tripartite', 'cible secrète',
  ].map((m) => m.toLowerCase());
}, 60_000);
afterAll(() => api.stop());

const swap = (text: string): string => swaps.reduce((t, [from, to]) => t.split(from).join(to), text);

/** Fields that differ from one call to the next whatever the data (fresh ids, clocks). */
const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'confirmedAt', 'computedAt', 'requestedAt', 'recordedAt', 'etag', 'at', 'ranAt', 'exportedAt', 'nextCursor', 'taskIds', 'changeRequestIds']);
/** Ids of what the walker created during the walk differ between the two calls; the secret's are swapped, not hidden. */
const ownId = (value: string) => /^[0-9a-f]{32}$/.test(value) && !swaps.some(([, fake]) => fake === value);
const normalize = (value: unknown): unknown => {
  if (typeof value === 'string') return ownId(value) ? '<id>' : value;
  // A word's weight counts every organisation holding it, hidden ones too: scores may move in the third decimal (see docs/security.md).
  if (typeof value === 'number' && !Number.isInteger(value)) return Math.round(value * 100) / 100;
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

type Call = { method: string; path: string; body?: unknown; ifMatch?: string };

const send = (token: string, call: Call): Promise<ApiResponse> =>
  api.call(call.method, call.path, {
    token,
    ...(call.body === undefined ? {} : { body: call.body }),
    headers: call.ifMatch ? { 'if-match': call.ifMatch } : {},
  });

/** The ids a path parameter may take, by what the route is about (anything else: every secret id). */
const idsFor = (route: Route, param: string): string[] => {
  if (param === 'name') return ['lifecycle'];
  if (param !== 'id') return Object.values(secret);
  const byResource: Record<string, string[]> = {
    // The public tier is read (its card, timeline, tasks), not written: writing it is north's right.
    tiers: route.method === 'GET' ? [secret.org, secret.person, publicOrg] : [secret.org, secret.person],
    persons: [secret.person, secret.org],
    relations: [secret.relation],
    interactions: [secret.interaction, secret.sharedInteraction],
    tasks: [secret.task, secret.interactionTask, secret.sharedTask],
    'change-requests': [secret.request, secret.interactionRequest],
    segments: [secret.segment, walkerSegment],
    jobs: [secret.job],
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
  { kind: 'email', id: SOURCE }, { kind: 'email', id: SHARED_SOURCE }, { status: 'pending', tierId: secret.org }, { mine: 'to-decide' },
  { userId: 'owner-s' }, { assignee: 'owner-s' }, { assignee: 'owner-s', status: 'open' },
];
/** Routes with ids take no filters, but a download is asked in both its CSV separators. */
const idQueries = (route: Route): Record<string, string>[] => (route.path.endsWith('/export') ? [{}, { separator: 'semicolon' }, { separator: 'comma' }] : [{}]);

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
  // Every write is tried under a stale ETag (visibility answers first) and under `If-Match: *` (refused alike).
  const preconditions = route.method === 'GET' ? [undefined] : route.method === 'POST' ? [undefined, '*'] : [STALE_ETAG, '*'];
  return paths(route).flatMap((path) => {
    const params = route.path.includes('{');
    if (withBody)
      return bodies().flatMap((body, i) => preconditions.filter((ifMatch) => ifMatch !== '*' || i === 0).map((ifMatch) => ({ method: route.method, path, body, ifMatch })));
    const list = params ? idQueries(route) : queries();
    return list.flatMap((query) =>
      preconditions.map((ifMatch) => ({ method: route.method, path: `${path}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`, ifMatch })),
    );
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
    `/api/relations/${secret.relation}`, `/api/persons/${secret.person}/consents`, `/api/interactions/${secret.sharedInteraction}`,
    `/api/tasks/${secret.sharedTask}`, `/api/segments/${secret.segment}`, `/api/tiers/${publicOrg}`, `/api/segments/${walkerSegment}`,
  ];
  return Promise.all(reads.map(async (path) => `${path} ${(await api.call('GET', path, { token: steward })).headers.get('etag')}`));
};

/** Sends the calls left in `pending` as one walker, each with its twin of unknown ids, and notes what tells them apart. */
const walkCalls = async (route: Route, as: string, token: string, pending: Call[], problems: string[]) => {
  for (let call = pending.shift(); call; call = pending.shift()) {
    const where = `${route.name} as ${as} ${call.method} ${call.path}${call.ifMatch ? ` If-Match ${call.ifMatch}` : ''} ${JSON.stringify(call.body ?? '')}`;
    const real = await send(token, call);
    const leaked = leakedMarkers(call, real);
    if (leaked.length > 0) problems.push(`${where}: answer holds ${leaked.join(', ')}`);
    if (real.status >= 500) problems.push(`${where}: ${real.status} ${real.text.slice(0, 300)}`);
    // Logging a message someone else logged: the walker holds the message, so learning it was logged is no leak; its content would be.
    if (JSON.stringify(call.body ?? '').includes(SOURCE)) continue;
    const unknown = await send(token, { ...call, path: swap(call.path), body: call.body === undefined ? undefined : parse(swap(JSON.stringify(call.body))) });
    const seen = { status: real.status, body: normalize(parse(swap(real.text))) };
    const expected = { status: unknown.status, body: normalize(parse(unknown.text)) };
    if (JSON.stringify(seen) !== JSON.stringify(expected))
      problems.push(`${where}: ${real.status} ${real.text.slice(0, 300)} ≠ unknown ids: ${unknown.status} ${unknown.text.slice(0, 300)}`);
  }
};

/**
 * Calls one route every way it can be called, as the rep of north then as its manager (one after the
 * other: what one creates, such as a tier named like the secret, is then there for both calls of the
 * other); several calls at once, each pair (secret, unknown) in order.
 */
const walkRoute = async (route: Route): Promise<{ walked: number; problems: string[] }> => {
  const problems: string[] = [];
  let walked = 0;
  for (const [as, token] of [['rep', walker], ['manager', manager]] as const) {
    const pending = calls(route);
    walked += pending.length;
    await Promise.all(Array.from({ length: 6 }, () => walkCalls(route, as, token, pending, problems)));
  }
  return { walked, problems };
};

describe('every route, as a rep and as a manager of another team, against a confidential tier', () => {
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
      // The organisation and the person, each seen by the rep and by the manager: four leaks.
      const caught = (await walkRoute(leaky)).problems.map((p) => p.split(' GET')[0]).sort();
      expect(caught).toEqual(['leaky-probe as manager', 'leaky-probe as manager', 'leaky-probe as rep', 'leaky-probe as rep']);
    } finally {
      routeTable.splice(routeTable.indexOf(leaky), 1);
    }
  });

  it('logging the same e-mail as another team tells only that it was logged', async () => {
    const response = await send(walker, { method: 'POST', path: '/api/interactions', body: interaction([walkerOrg], { source: { kind: 'email', id: SOURCE } }) });
    expect([response.status, response.body.code]).toEqual([409, 'INTERACTION.LOGGED_ELSEWHERE']);
    expect(leakedMarkers({ method: 'POST', path: '/api/interactions', body: { source: SOURCE } }, response)).toEqual([]);
  });
});
