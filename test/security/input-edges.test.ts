import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { format } from 'node:util';
import { parse } from 'csv-parse/sync';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

/**
 * What reaches storage keys, blind overwrites, spreadsheet formulas and the logs: every id-like value
 * is checked at the edge (a 400 naming the field, nothing written), `If-Match: *` is refused, CSV
 * downloads are inert in comma and semicolon readers alike, and a storage failure is logged without
 * keys, e-mails, phones or bodies.
 */
let api: TestApi;
let rep: string;
let steward: string;
let org: { id: string };

beforeAll(async () => {
  api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
  rep = await api.tokenFor({ userId: 'edge-rep', name: 'Edith Edge', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({ userId: 'edge-steward', name: 'Sten Steward', roles: ['steward'], teams: ['north'] });
  org = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Bordure Industries' }] }));
}, 60_000);
afterAll(() => api.stop());

/** The characters Azure Table keys refuse, and control characters. */
const KEY_BREAKERS = ['a/b', 'a\\b', 'a#b', 'a?b', 'a\u0001b', 'a\u007fb', 'a\u0085b'];
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
const countRows = async (table: 'Tasks' | 'TaskLists' | 'Interactions') => {
  let n = 0;
  for await (const _ of (await api.app.stores.tables.table(table)).listEntities()) n += 1;
  return n;
};

describe('ids at the edge', () => {
  it('a path id with %2F, a key character or malformed percent-encoding is a 400 naming it, never a 500', async () => {
    for (const raw of ['a%2Fb', 'a%5Cb', 'a%23b', 'a%3Fb', 'a%00b', '%ZZ', '%E0%A4%A', 'a%25b'])
      for (const path of [`/api/tiers/${raw}`, `/api/tiers/${org.id}/facts/${raw}/history`, `/api/tasks/${raw}`, `/api/interactions/${raw}`, `/api/segments/${raw}/export`]) {
        const response = await api.call('GET', path, { token: rep });
        expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({
          path,
          status: 400,
          type: 'application/problem+json; charset=utf-8',
        });
        expect(paths(response.body)).toEqual([path.includes('/facts/') ? 'name' : 'id']);
      }
  });

  it('a user id with a key character is refused with 400 naming the field, and nothing is written', async () => {
    const admin = await api.tokenFor({ userId: 'edge-admin', name: 'Ad Min', roles: ['admin'] });
    const before = await Promise.all([countRows('Tasks'), countRows('TaskLists'), countRows('Interactions')]);
    for (const bad of KEY_BREAKERS) {
      const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Relancer', assigneeId: bad, tierIds: [org.id] } });
      expect({ bad, status: task.status, paths: paths(task.body) }).toEqual({ bad, status: 400, paths: ['assigneeId'] });
      const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { tasks: [{ title: 'Rappeler', assigneeId: bad }] }) });
      expect({ bad, status: logged.status, paths: paths(logged.body) }).toEqual({ bad, status: 400, paths: ['tasks.0.assigneeId'] });
      const list = await api.call('GET', `/api/tasks?assignee=${encodeURIComponent(bad)}`, { token: steward });
      expect({ bad, status: list.status, paths: paths(list.body) }).toEqual({ bad, status: 400, paths: ['assignee'] });
      const audit = await api.call('GET', `/api/audit?userId=${encodeURIComponent(bad)}`, { token: admin });
      expect({ bad, status: audit.status, paths: paths(audit.body) }).toEqual({ bad, status: 400, paths: ['userId'] });
      const token = await api.call('POST', '/api/dev/token', { body: { userId: bad, name: 'Bad', roles: ['rep'] } });
      expect({ bad, status: token.status, paths: paths(token.body) }).toEqual({ bad, status: 400, paths: ['userId'] });
    }
    expect(await Promise.all([countRows('Tasks'), countRows('TaskLists'), countRows('Interactions')])).toEqual(before);
  });

  it('an interaction whose outbox holds such a value (written before the check) still completes', async () => {
    const caller = { userId: 'edge-rep', name: 'Edith Edge', roles: ['rep' as const], teams: ['north'] };
    const source = { kind: 'email' as const, id: '<outbox-keys@bordure.fr>' };
    const id = api.app.deps.ids.fromKey('interaction', `${source.kind}\n${source.id}`);
    const now = new Date().toISOString();
    const task = {
      id: api.app.deps.ids.fromKey('task', `${id}\n0`), title: 'Clé piégée', dueDate: null, assigneeId: 'old/client#1', status: 'open' as const,
      tierIds: [org.id], interactionId: id, createdAt: now, createdBy: caller.userId, doneAt: null, doneBy: null, updatedAt: now,
    };
    await api.app.deps.interactions.insert(
      {
        id, source, direction: 'inbound', medium: 'email', occurredAt: now, scheduledAt: null, durationMinutes: null, location: null, subject: 'Ancien',
        purpose: null, summary: null, outcome: null, participants: [{ tierId: org.id, name: 'Bordure Industries', kind: 'organisation' }], colleagues: [],
        performedBy: caller.userId, performedByName: caller.name, taskIds: [task.id], changeRequestIds: [], createdAt: now, updatedAt: now,
      },
      { tasks: [task], changeRequests: [] },
    );
    const again = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { source }) });
    expect(again.status).toBe(200);
    const list = await api.app.deps.tasks.byAssignee('old/client#1', 'open', 10);
    expect(list.items.map((t) => t.id)).toEqual([task.id]);
    expect((await api.call('GET', `/api/tasks/${task.id}`, { token: rep })).body.assigneeId).toBe('old/client#1');
  });
});

describe('If-Match: * is no precondition', () => {
  it('is refused with 428 on every PATCH and DELETE, and changes nothing', async () => {
    const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Ne pas écraser', tierIds: [org.id] } });
    const other = await create(api, rep, organisation());
    const relation = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'partner-of', fromId: org.id, toId: other.id, status: 'ongoing' } });
    const segment = await api.call('POST', '/api/segments', { token: rep, body: { name: 'Bordure', definition: { type: 'attribute', attribute: 'name', op: 'startsWith', value: 'bordure' } } });
    for (const r of [task, relation, segment]) expect(r.status).toBe(201);
    const writes: [string, string, unknown][] = [
      ['PATCH', `/api/tiers/${org.id}`, { website: 'https://ecrase.fr' }],
      ['PATCH', `/api/tasks/${task.body.id}`, { title: 'Écrasé' }],
      ['PATCH', `/api/relations/${relation.body.id}`, { status: 'ended' }],
      ['PATCH', `/api/segments/${segment.body.id}`, { name: 'Écrasé' }],
      ['DELETE', `/api/segments/${segment.body.id}`, undefined],
      ['POST', `/api/tiers/${org.id}/merge`, { duplicateId: other.id }],
      ['POST', `/api/interactions/${api.app.deps.ids.newId()}/additions`, { tasks: [{ title: 'x' }] }],
    ];
    for (const [method, path, body] of writes) {
      const before = await api.call('GET', method === 'POST' ? `/api/tiers/${org.id}` : path.replace(/\/merge$/, ''), { token: rep });
      const response = await api.call(method, path, { token: rep, ...(body === undefined ? {} : { body }), headers: { 'if-match': '*' } });
      expect({ path, status: response.status, code: response.body?.code }).toEqual({ path, status: 428, code: 'CONCURRENCY.IF_MATCH_WILDCARD' });
      const after = await api.call('GET', method === 'POST' ? `/api/tiers/${org.id}` : path.replace(/\/merge$/, ''), { token: rep });
      expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    }
  });
});

describe('segment CSV export', () => {
  const hostile = ['Acme;=1+2', '=HYPERLINK("http://x.example")', 'Zed,@SUM(1)', '+33 Tel', '-1 Moins', '@Arobase', 'Tab\t=1', 'Semi; +2', 'Ret\r=3', 'Nl\n-4'];
  /** A cell a spreadsheet would run: a formula sign first (after blanks or an opening quote), or a tab or carriage return. */
  const live = (cell: string) => /^[\s"]*[=+\-@]/.test(cell) || /^[\t\r]/.test(cell);

  it('is inert in comma and semicolon readers, in both separators, and downloads safely', async () => {
    for (const [i, name] of hostile.entries()) await create(api, rep, organisation({ names: [{ type: 'legal', value: `${name} qzformule${i}` }] }));
    const made = await api.call('POST', '/api/segments', {
      token: rep,
      body: { name: 'Formules « piégées » ; "test" /..\\', definition: { type: 'attribute', attribute: 'name', op: 'contains', value: 'qzformule' } },
    });
    expect(made.status).toBe(201);
    for (const separator of ['comma', 'semicolon'] as const) {
      const csv = await api.call('GET', `/api/segments/${made.body.id}/export?separator=${separator}`, { token: rep });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('x-content-type-options')).toBe('nosniff');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="formules-piegees-test-\d{4}-\d{2}-\d{2}\.csv"$/);
      const text = csv.text.replace(/^\uFEFF/, '');
      const columns = ['Name', 'SIREN', 'SIRET', 'Address', 'Postcode', 'City', 'Main contact', 'E-mail', 'Phone', 'Lifecycle', 'Followed by', 'Team', 'Kind', 'Last contact', 'Opportunity', 'Risk', 'Relais id'];
      expect(text.split('\r\n')[0]).toBe(columns.join(separator === 'comma' ? ',' : ';'));
      // Whatever separator the spreadsheet assumes, and whether it honours quotes or not: no cell runs.
      for (const delimiter of [',', ';', '\t']) {
        const quoteAware = (parse(text, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat();
        const naive = text.split(/\r\n|\r|\n/).flatMap((line) => line.split(delimiter));
        for (const cell of [...quoteAware, ...naive]) expect({ delimiter, cell, live: live(cell) }).toEqual({ delimiter, cell, live: false });
      }
      const rows = parse(text, { delimiter: separator === 'comma' ? ',' : ';', columns: true }) as { Name: string }[];
      expect(rows.map((r) => r.Name.replace(/'/g, '')).sort()).toEqual(hostile.map((h, i) => `${h} qzformule${i}`).sort());
    }
    const bad = await api.call('GET', `/api/segments/${made.body.id}/export?separator=pipe`, { token: rep });
    expect([bad.status, paths(bad.body)]).toEqual([400, ['separator']]);
  });

  it('the person export downloads as an attachment that is not sniffed either', async () => {
    const who = await create(api, rep, person());
    const exported = await api.call('GET', `/api/persons/${who.id}/export`, { token: steward });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('x-content-type-options')).toBe('nosniff');
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="person-${who.id}.json"`);
  });
});

/** Azurite behind a loopback proxy that fails, as an overloaded account would, every request `fails` picks. */
const startFaultyStorage = async (fails: (method: string, url: string) => boolean) => {
  const target = new URL(/TableEndpoint=([^;]+)/.exec(process.env.RELAIS_TEST_STORAGE ?? '')![1]!);
  const server: Server = createServer((req, res) => {
    if (fails(req.method ?? 'GET', decodeURIComponent(req.url ?? ''))) {
      req.resume();
      res.writeHead(500, { 'content-type': 'application/json;odata=minimalmetadata', 'x-ms-error-code': 'InternalError' });
      res.end(JSON.stringify({ 'odata.error': { code: 'InternalError', message: { lang: 'en-US', value: 'Server encountered an internal error.' } } }));
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    connectionString: process.env.RELAIS_TEST_STORAGE!.replace(/TableEndpoint=http:\/\/[^/]+/, `TableEndpoint=http://127.0.0.1:${port}`),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

describe('a storage failure', () => {
  it('answers a problem document and is logged without keys, e-mails, phones or the request body', async () => {
    // Upserts name their keys in the URL (`Indexes(PartitionKey='email~…',RowKey='…')`).
    const storage = await startFaultyStorage((method, url) => ['PUT', 'MERGE', 'PATCH'].includes(method) && url.includes('Indexes('));
    const faulty = await startApi({ RELAIS_STORAGE_CONNECTION_STRING: storage.connectionString, RELAIS_RATE_LIMIT_PER_MINUTE: '0' });
    const logged: string[] = [];
    const spies = (['error', 'warn', 'log', 'info'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(format(...args))),
    );
    try {
      const token = await faulty.tokenFor({ userId: 'victim-rep', name: 'Vic Tim', roles: ['rep'], teams: ['north'] });
      const response = await faulty.call('POST', '/api/tiers?confirm=distinct', {
        token,
        body: person({ firstName: 'Jeanne', lastName: 'Secretmail', emails: ['jeanne.secretmail@prive-exemple.fr'], phones: [{ type: 'mobile', number: '06 98 76 54 32' }], jobTitle: 'Corps secret' }),
      });
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(typeof response.body.code).toBe('string');
      const text = logged.join('\n').toLowerCase();
      expect(text).toMatch(/storage|resterror|internalerror/);
      for (const secret of ['jeanne', 'secretmail', 'prive-exemple', '98 76 54 32', '+33698765432', '0698765432', 'corps secret', 'partitionkey', 'rowkey', 'email~', 'phone~'])
        expect({ secret, logged: text.includes(secret) }).toEqual({ secret, logged: false });
    } finally {
      spies.forEach((spy) => spy.mockRestore());
      await faulty.stop();
      await storage.stop();
    }
  });
});
