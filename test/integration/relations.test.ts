import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person } from '../support/factories';

let api: TestApi;
let rep: string;
let steward: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'] });
  steward = await api.tokenFor({ userId: 'st1', name: 'Stéphane Steward', roles: ['steward'] });
});
afterAll(() => api.stop());

describe('relation types', () => {
  it('lists the default catalogue with French wordings', async () => {
    const types = await api.call('GET', '/api/relation-types', { token: rep });
    const worksFor = types.body.items.find((t: { id: string }) => t.id === 'works-for');
    expect(worksFor).toMatchObject({ nature: 'hierarchical', fromKinds: ['person'], toKinds: ['organisation'], labelBtoA: 'employs' });
    expect(worksFor.i18n.fr.labelAtoB).toBe('travaille pour');
  });

  it('lets a steward add a type, validates it, and refuses a rep', async () => {
    const body = { id: 'franchisee-of', description: 'Runs a franchise of', nature: 'hierarchical', fromKinds: ['organisation'], toKinds: ['organisation'], labelAtoB: 'is a franchisee of', labelBtoA: 'is the franchisor of' };
    expect((await api.call('POST', '/api/relation-types', { token: rep, body })).status).toBe(403);
    expect((await api.call('POST', '/api/relation-types', { token: steward, body })).status).toBe(201);
    expect((await api.call('POST', '/api/relation-types', { token: steward, body })).status).toBe(409);
    const bad = await api.call('POST', '/api/relation-types', { token: steward, body: { ...body, id: 'x-bad', labelBtoA: undefined, fromKinds: ['robot'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['fromKinds.0']);
    const noReverse = await api.call('POST', '/api/relation-types', { token: steward, body: { ...body, id: 'x-bad', labelBtoA: undefined } });
    expect(noReverse.body.errors).toEqual([{ path: 'labelBtoA', message: expect.stringContaining('wording from B to A') }]);
  });
});

describe('relations', () => {
  it('records a relation and words it from either side', async () => {
    const acme = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'ACME Industrie' }] }));
    const bolt = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Bolt Négoce' }] }));
    const jeanne = await create(api, rep, person({ firstName: 'Jeanne', lastName: 'Martin', civility: 'Mme' }));
    const employs = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'works-for', fromId: jeanne.id, toId: acme.id, startDate: '2024-03-01' } });
    expect(employs.status).toBe(201);
    expect(employs.headers.get('etag')).toBeTruthy();
    const client = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'is-client-of', fromId: acme.id, toId: bolt.id, status: 'ongoing' } });
    expect(client.status).toBe(201);

    // The visibility guards the edges keep for the cards are not part of the answer.
    for (const key of ['fromGuard', 'toGuard']) expect(employs.body).not.toHaveProperty(key);
    expect((await api.call('GET', `/api/relations/${employs.body.id}`, { token: rep })).body).toMatchObject({ fromName: 'Mme Jeanne Martin', toName: 'ACME Industrie' });
    expect((await api.call('GET', `/api/relations/${employs.body.id}`, { token: rep })).body).not.toHaveProperty('toGuard');
    const fromAcme = (await api.call('GET', `/api/tiers/${acme.id}/relations`, { token: rep })).body.items;
    expect(fromAcme.map((r: { sentence: string }) => r.sentence).sort()).toEqual(['ACME Industrie employs Mme Jeanne Martin', 'ACME Industrie is client of Bolt Négoce']);
    const fromBolt = (await api.call('GET', `/api/tiers/${bolt.id}/relations`, { token: rep })).body.items;
    expect(fromBolt[0]).toMatchObject({ sentence: 'ACME Industrie is client of Bolt Négoce', side: 'to', other: { id: acme.id } });
    const fromJeanne = (await api.call('GET', `/api/tiers/${jeanne.id}/relations?lang=fr`, { token: rep })).body.items;
    expect(fromJeanne[0]).toMatchObject({ label: 'travaille pour', startDate: '2024-03-01', status: 'ongoing' });
  });

  it('words relations with the current names after a tier is renamed, directly or through an approved change request', async () => {
    const acme = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Zorvak Industrie' }] }));
    const paul = await create(api, rep, person({ firstName: 'Paul', lastName: 'Quilvex', civility: 'M.' }));
    await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'works-for', fromId: paul.id, toId: acme.id, startDate: '2024-03-01' } });
    const sentences = async (id: string) => (await api.call('GET', `/api/tiers/${id}/relations`, { token: rep })).body.items.map((r: { sentence: string }) => r.sentence);

    const read = await api.call('GET', `/api/tiers/${acme.id}`, { token: steward });
    const patched = await api.call('PATCH', `/api/tiers/${acme.id}`, {
      token: steward,
      headers: { 'if-match': read.headers.get('etag')! },
      body: { names: [{ type: 'legal', value: 'Zorvak Industrie' }, { type: 'commercial', value: 'Zorvak' }] },
    });
    expect(patched.status).toBe(200);
    expect(await sentences(paul.id)).toEqual(['M. Paul Quilvex works for Zorvak']);
    expect(await sentences(acme.id)).toEqual(['Zorvak employs M. Paul Quilvex']);

    const request = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: paul.id, changes: [{ path: 'lastName', to: 'Quilvex-Marand' }], reason: 'Nom d’usage' } });
    expect(request.status).toBe(201);
    const decided = await api.call('POST', `/api/change-requests/${request.body.id}/decision`, { token: steward, body: { decision: 'approve' } });
    expect(decided.body.status).toBe('approved');
    expect(await sentences(acme.id)).toEqual(['Zorvak employs M. Paul Quilvex-Marand']);
    const card = await api.call('GET', `/api/tiers/${acme.id}/card`, { token: rep });
    expect(JSON.stringify(card.body)).not.toContain('Quilvex employs');
  });

  it('refuses kinds the type forbids (422), end before start (400), unknown tiers (422)', async () => {
    const a = await create(api, rep, organisation());
    const b = await create(api, rep, organisation());
    const kinds = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'works-for', fromId: a.id, toId: b.id } });
    expect(kinds.status).toBe(422);
    expect(kinds.body.errors).toEqual([{ path: 'fromId', message: expect.stringContaining('person') }]);
    const dates = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'partner-of', fromId: a.id, toId: b.id, startDate: '2025-01-01', endDate: '2024-01-01' } });
    expect(dates.status).toBe(400);
    expect(dates.body.errors[0].path).toBe('endDate');
    const unknown = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'nope', fromId: a.id, toId: 'ghost' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['toId', 'typeId']);
    expect((await api.call('GET', `/api/tiers/${a.id}/relations`, { token: rep })).body.items).toEqual([]);
  });

  it('ends a relation under If-Match on both sides', async () => {
    const a = await create(api, rep, organisation());
    const b = await create(api, rep, organisation());
    const made = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'partner-of', fromId: a.id, toId: b.id, startDate: '2020-01-01' } });
    const id = made.body.id;
    expect((await api.call('PATCH', `/api/relations/${id}`, { token: rep, body: { status: 'ended' } })).status).toBe(428);
    const ended = await api.call('PATCH', `/api/relations/${id}`, { token: rep, body: { status: 'ended', endDate: '2025-12-31' }, headers: { 'if-match': made.headers.get('etag')! } });
    expect(ended.status).toBe(200);
    const stale = await api.call('PATCH', `/api/relations/${id}`, { token: rep, body: { status: 'ongoing' }, headers: { 'if-match': made.headers.get('etag')! } });
    expect(stale.status).toBe(412);
    const fromB = (await api.call('GET', `/api/tiers/${b.id}/relations`, { token: rep })).body.items;
    expect(fromB[0]).toMatchObject({ status: 'ended', endDate: '2025-12-31' });
    const backwards = await api.call('PATCH', `/api/relations/${id}`, { token: rep, body: { endDate: '2019-01-01' }, headers: { 'if-match': ended.headers.get('etag')! } });
    expect(backwards.status).toBe(400);
  });
});
