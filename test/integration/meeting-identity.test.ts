import { startFakeGraph } from '../fakes/fake-graph';
import { startApi, type TestApi } from '../support/api-harness';

/** `GET /api/meetings/identity`: a meeting's iCalUId from the caller's own calendar in Microsoft Graph. */
let graph: Awaited<ReturnType<typeof startFakeGraph>>;
let api: TestApi;
let withoutGraph: TestApi;
let rep: string;
beforeAll(async () => {
  graph = await startFakeGraph();
  api = await startApi({ RELAIS_GRAPH_BASE_URL: `${graph.url}/v1.0`, RELAIS_GRAPH_TIMEOUT_MS: '3000' });
  withoutGraph = await startApi();
  rep = await api.tokenFor({ userId: 'rep-1', name: 'Rep One', roles: ['rep'] });
});
afterAll(async () => {
  await api?.stop();
  await withoutGraph?.stop();
  await graph?.stop();
});

const identity = (server: TestApi, query: string, token = rep) => server.call('GET', `/api/meetings/identity${query}`, { token });

it("answers the iCalUId of an event of the caller's calendar, asking Graph as that user", async () => {
  graph.setEvent('rep-1', 'AAMkRep1-event_1=', 'ICAL-UID-1');
  const found = await identity(api, `?eventId=${encodeURIComponent('AAMkRep1-event_1=')}`);
  expect(found.status).toBe(200);
  expect(found.body).toEqual({ eventId: 'AAMkRep1-event_1=', iCalUId: 'ICAL-UID-1' });
  expect(graph.eventCalls().at(-1)?.headers.authorization).toBe(`Bearer ${rep}`);
});

it("does not find another user's event, nor an unknown one", async () => {
  graph.setEvent('someone-else', 'AAMkOther', 'ICAL-UID-2');
  expect((await identity(api, '?eventId=AAMkOther')).body).toEqual({ eventId: 'AAMkOther', iCalUId: null, unresolved: 'not-found' });
});

it('says Graph is unavailable rather than fail when it is down', async () => {
  graph.setDown(true);
  try {
    const answer = await identity(api, '?eventId=AAMkRep1-event_1%3D');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ eventId: 'AAMkRep1-event_1=', iCalUId: null, unresolved: 'unavailable' });
  } finally {
    graph.setDown(false);
  }
});

it('says when Graph is not set up (local mode against the public Graph)', async () => {
  const token = await withoutGraph.tokenFor({ userId: 'rep-1', name: 'Rep One', roles: ['rep'] });
  expect((await identity(withoutGraph, '?eventId=AAMk1', token)).body).toEqual({ eventId: 'AAMk1', iCalUId: null, unresolved: 'not-configured' });
});

it('refuses a missing event id or an unknown parameter with 400 naming each, and needs a token', async () => {
  const bad = await identity(api, '?eventId=&calendar=x');
  expect(bad.status).toBe(400);
  expect(bad.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['calendar', 'eventId']);
  expect((await api.call('GET', '/api/meetings/identity?eventId=x')).status).toBe(401);
});
