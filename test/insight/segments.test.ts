import { createTier, logInteraction, type Caller } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { organisation } from '../support/factories';
import { createDistinct, daysAgo } from './insight-fixtures';

let api: TestApi;
let rep: string;
let southRep: string;
let steward: string;
const north: Caller = { userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] };

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  southRep = await api.tokenFor({ userId: 'rep2', name: 'Sarah South', roles: ['rep'], teams: ['south'] });
  steward = await api.tokenFor({ userId: 'st1', name: 'Sam Steward', roles: ['steward'], teams: ['north'] });
});
afterAll(() => api.stop());

/** A tier whose lifecycle was `first` from `since` and is `then` from `changed` on. */
const tierWithHistory = async (tag: string, first: string, since: string, then?: string, changed?: string) => {
  const at = (iso: string) => ({ ...api.app.deps, clock: { now: () => iso } });
  const { value } = await createTier(at(since), north, organisation({ lifecycle: first, names: [{ type: 'legal', value: `${tag} SAS` }] }), { confirm: 'distinct' });
  if (then && changed) {
    const stewardCaller: Caller = { userId: 'st1', name: 'Sam', roles: ['steward'], teams: ['north'] };
    const { updateTier, loadVisibleTier } = await import('@relais/domain');
    const current = await loadVisibleTier(api.app.deps, stewardCaller, value.id);
    await updateTier(at(changed), stewardCaller, value.id, { lifecycle: then }, current.etag);
  }
  return value;
};

const save = async (token: string, body: Record<string, unknown>) => {
  const response = await api.call('POST', '/api/segments', { token, body });
  if (response.status !== 201) throw new Error(`segment refused ${response.status}: ${response.text}`);
  return response.body as { id: string };
};
const names = (items: { name: string }[]) => items.map((m) => m.name).sort();

describe('segments', () => {
  it('"clients on 2025-01-01 who are prospects today" differs from the same rule as of 2025-01-01', async () => {
    await tierWithHistory('AsOf Alpha', 'client', '2024-06-01T09:00:00Z', 'prospect', '2025-06-01T09:00:00Z');
    await tierWithHistory('AsOf Bravo', 'client', '2024-06-01T09:00:00Z');
    await tierWithHistory('AsOf Charlie', 'prospect', '2024-06-01T09:00:00Z');
    const definition = {
      type: 'and',
      conditions: [
        { type: 'attribute', attribute: 'name', op: 'startsWith', value: 'asof' },
        { type: 'fact', fact: 'lifecycle', op: 'eq', value: 'client', asOf: '2025-01-01' },
        { type: 'fact', fact: 'lifecycle', op: 'eq', value: 'prospect' },
      ],
    };
    const segment = await save(rep, { name: 'Clients devenus prospects', definition });
    const now = await api.call('GET', `/api/segments/${segment.id}/members`, { token: rep });
    expect(now.status).toBe(200);
    expect(names(now.body.items)).toEqual(['AsOf Alpha SAS']);
    const then = await api.call('GET', `/api/segments/${segment.id}/members?asOf=2025-01-01`, { token: rep });
    expect(then.body.asOf).toBe('2025-01-01');
    expect(names(then.body.items)).toEqual([]);
    const clientsThen = await save(rep, { name: 'Clients', definition: { type: 'and', conditions: [definition.conditions[0], { type: 'fact', fact: 'lifecycle', op: 'eq', value: 'client' }] } });
    expect(names((await api.call('GET', `/api/segments/${clientsThen.id}/members?asOf=2025-01-01`, { token: rep })).body.items)).toEqual(['AsOf Alpha SAS', 'AsOf Bravo SAS']);
    expect(names((await api.call('GET', `/api/segments/${clientsThen.id}/members`, { token: rep })).body.items)).toEqual(['AsOf Bravo SAS']);
  });

  it('pages with a cursor and exports every member as CSV', async () => {
    for (let i = 0; i < 7; i += 1) await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: `Pagé ${i} "Quote", SA` }], ownerTeam: 'north' }));
    const segment = await save(rep, { name: 'Pagés', definition: { type: 'attribute', attribute: 'name', op: 'startsWith', value: 'page ' } });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.call('GET', `/api/segments/${segment.id}/members?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { token: rep });
      seen.push(...page.body.items.map((m) => m.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(new Set(seen).size).toBe(7);
    expect(pages).toBe(3);
    const csv = await api.call('GET', `/api/segments/${segment.id}/export`, { token: rep });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="pages-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Name,SIREN,SIRET,Address,Postcode,City,Main contact,E-mail,Phone,Lifecycle,Followed by,Team,Kind,Last contact,Opportunity,Risk,Relais id');
    expect(lines).toHaveLength(8);
    expect(lines.slice(1).every((l) => /^"Pagé \d ""Quote"", SA",/.test(l))).toBe(true);
    const bad = await api.call('GET', `/api/segments/${segment.id}/members?cursor=nonsense`, { token: rep });
    expect(bad.status).toBe(400);
  });

  it('counts live (preview), by interactions in a window and by score, hiding restricted tiers of other teams', async () => {
    const hot = await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: 'Windowed Hot SA' }] }));
    const secret = await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: 'Windowed Secret SA' }], confidentiality: 'restricted' }));
    await createDistinct(api, rep, organisation({ names: [{ type: 'legal', value: 'Windowed Cold SA' }] }));
    for (const d of [2, 5, 9]) await logInteraction(api.app.deps, north, { direction: 'inbound', medium: 'phone', occurredAt: daysAgo(d), participants: [{ tierId: hot.id }, { tierId: secret.id }] });
    await api.drain();
    const definition = {
      type: 'and',
      conditions: [
        { type: 'attribute', attribute: 'name', op: 'startsWith', value: 'Windowed' },
        { type: 'interactions', window: { lastDays: 30 }, direction: 'inbound', op: 'gte', value: 3 },
        { type: 'score', score: 'opportunity', op: 'gte', value: 30 },
        { type: 'not', condition: { type: 'tasks', state: 'overdue', op: 'gt', value: 0 } },
      ],
    };
    const mine = await api.call('POST', '/api/segments/preview', { token: rep, body: { definition } });
    expect(mine.status).toBe(200);
    expect(mine.body.count).toBe(2);
    const theirs = await api.call('POST', '/api/segments/preview', { token: southRep, body: { definition } });
    expect(theirs.body.count).toBe(1);
    expect(theirs.body.sample.map((m: { name: string }) => m.name)).toEqual(['Windowed Hot SA']);
    expect(theirs.body.sample[0].lastContact).toBe(daysAgo(2).slice(0, 10));
  });

  it('is shared with a team: members of that team see it, others do not', async () => {
    const segment = await save(rep, { name: 'Partagé nord', definition: { type: 'attribute', attribute: 'kind', op: 'eq', value: 'organisation' }, sharedWithTeams: ['north'] });
    const colleague = await api.tokenFor({ userId: 'rep3', name: 'Colin', roles: ['rep'], teams: ['north'] });
    expect((await api.call('GET', `/api/segments/${segment.id}`, { token: colleague })).status).toBe(200);
    expect((await api.call('GET', '/api/segments', { token: colleague })).body.items.map((s: { id: string }) => s.id)).toContain(segment.id);
    expect((await api.call('GET', `/api/segments/${segment.id}`, { token: southRep })).status).toBe(404);
    expect((await api.call('GET', `/api/segments/${segment.id}/members`, { token: southRep })).status).toBe(404);
    const foreign = await api.call('POST', '/api/segments', { token: rep, body: { name: 'x', definition: { type: 'attribute', attribute: 'kind', op: 'eq', value: 'person' }, sharedWithTeams: ['south'] } });
    expect(foreign.status).toBe(422);
    expect((await api.call('POST', '/api/segments', { token: steward, body: { name: 'x', definition: { type: 'attribute', attribute: 'kind', op: 'eq', value: 'person' }, sharedWithTeams: ['south'] } })).status).toBe(201);
  });

  it('refuses invalid definitions with 400 naming the part', async () => {
    const refused = async (definition: unknown) => {
      const response = await api.call('POST', '/api/segments', { token: rep, body: { name: 'Invalide', definition } });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('SEGMENT.INVALID');
      return response.body.errors as { path: string; message: string }[];
    };
    expect(await refused({ type: 'and', conditions: [{ type: 'attribute', attribute: 'colour', op: 'eq', value: 'red' }] })).toEqual([
      { path: 'definition.conditions.0.attribute', message: expect.stringContaining('Unknown attribute "colour"') },
    ]);
    expect(await refused({ type: 'fact', fact: 'lifecycle', op: 'eq', value: 'cliente' })).toEqual([{ path: 'definition.value', message: expect.stringContaining('Not a value of lifecycle') }]);
    expect(await refused({ type: 'fact', fact: 'budget', op: 'eq', value: 'high' })).toEqual([{ path: 'definition.fact', message: expect.stringContaining('Unknown fact "budget"') }]);
    expect(await refused({ type: 'fact', fact: 'lifecycle', op: 'eq', value: 'client', asOf: '2025-02-30' })).toEqual([{ path: 'definition.asOf', message: 'Not a calendar date: 2025-02-30.' }]);
    expect(await refused({ type: 'attribute', attribute: 'createdAt', op: 'gt', value: 42 })).toEqual([{ path: 'definition.value', message: 'Expected text, got number.' }]);
    expect(await refused({ type: 'attribute', attribute: 'kind', op: 'gt', value: 'person' })).toEqual([{ path: 'definition.op', message: expect.stringContaining('does not apply to kind') }]);
    expect(await refused({ type: 'not', condition: { type: 'interactions', window: { from: '2025-03-01', to: '2025-01-01' }, op: 'gte', value: 1 } })).toEqual([
      { path: 'definition.condition.window.to', message: 'The end of the window must come after its start.' },
    ]);
    expect(await refused({ type: 'relation', relationType: 'married-to' })).toEqual([{ path: 'definition.relationType', message: expect.stringContaining('Unknown relation type') }]);
    expect(await refused({ type: 'score', score: 'luck', op: 'gt', value: 5 })).toEqual([{ path: 'definition.score', message: expect.any(String) }]);
    const asOf = await api.call('GET', `/api/segments/${(await save(rep, { name: 'ok', definition: { type: 'attribute', attribute: 'kind', op: 'eq', value: 'person' } })).id}/members?asOf=2025-13-01`, { token: rep });
    expect(asOf.status).toBe(400);
    expect(asOf.body.errors[0].path).toBe('asOf');
  });
});
