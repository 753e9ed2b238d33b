import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person, sirens } from '../support/factories';

let api: TestApi;
let rep: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
});
afterAll(() => api.stop());

describe('POST /api/tiers', () => {
  it('creates an organisation with Location and ETag, derives the SIREN from the SIRET', async () => {
    const response = await api.call('POST', '/api/tiers', { token: rep, body: organisation({ siret: '36227586906965', lifecycle: 'prospect' }) });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/tiers/${response.body.id}`);
    expect(response.headers.get('etag')).toBeTruthy();
    expect(response.body).toMatchObject({ siren: '362275869', lifecycle: 'prospect', ownerTeam: 'north', confidentiality: 'public', createdBy: 'rep1' });
  });

  it('rejects invalid SIREN and SIRET check digits, naming each field, and writes nothing', async () => {
    const response = await api.call('POST', '/api/tiers', {
      token: rep,
      body: organisation({ siren: '362275868', siret: '36227586906966', names: [{ type: 'legal', value: 'Unique Invalid Corp' }] }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['siren', 'siret']);
    const search = await api.call('GET', '/api/tiers?q=unique%20invalid', { token: rep });
    expect(search.body.items).toEqual([]);
  });

  it('names every bad field: wrong types, unknown fields, bad e-mail, bad phone', async () => {
    const response = await api.call('POST', '/api/tiers', {
      token: rep,
      body: { kind: 'person', firstName: 42, lastName: '', emails: ['not-an-email'], phones: ['abc'], shoeSize: 44 },
    });
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'lastName', 'emails.0', 'phones.0.number', 'shoeSize']));
  });

  it('rejects a SIRET that does not belong to the SIREN', async () => {
    const response = await api.call('POST', '/api/tiers', { token: rep, body: organisation({ siren: sirens[1], siret: '36227586906965' }) });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('siret');
  });

  it('refuses malformed JSON, a wrong media type and an oversize body', async () => {
    const malformed = await api.call('POST', '/api/tiers', { token: rep, raw: '{"kind":', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('REQUEST.MALFORMED_JSON');
    const text = await api.call('POST', '/api/tiers', { token: rep, raw: 'kind=person', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    const huge = await api.call('POST', '/api/tiers', { token: rep, body: organisation({ padding: 'x'.repeat(1_100_000) }) });
    expect(huge.status).toBe(413);
  });

  it('refuses a parent that does not exist and a person linked to a missing organisation (422)', async () => {
    const orphan = await api.call('POST', '/api/tiers', { token: rep, body: organisation({ parentId: 'nope' }) });
    expect(orphan.status).toBe(422);
    expect(orphan.body.errors).toEqual([{ path: 'parentId', message: expect.any(String) }]);
    const person2 = await api.call('POST', '/api/tiers', { token: rep, body: person({ organisationId: 'nope', referenceFunction: 'astronaut' }) });
    expect(person2.status).toBe(422);
    expect(person2.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['organisationId', 'referenceFunction']);
  });

  it('is idempotent with an Idempotency-Key', async () => {
    const body = organisation();
    const first = await api.call('POST', '/api/tiers', { token: rep, body, headers: { 'idempotency-key': 'k-1' } });
    const again = await api.call('POST', '/api/tiers', { token: rep, body, headers: { 'idempotency-key': 'k-1' } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('GET and PATCH /api/tiers/{id}', () => {
  it('returns 404 for an unknown id', async () => {
    const response = await api.call('GET', '/api/tiers/doesnotexist', { token: rep });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('TIER.NOT_FOUND');
  });

  it('requires If-Match (428) and refuses a stale ETag (412) without writing', async () => {
    const tier = await create(api, rep, organisation({ website: 'https://old.fr' }));
    const read = await api.call('GET', `/api/tiers/${tier.id}`, { token: rep });
    const etag = read.headers.get('etag')!;
    expect((await api.call('PATCH', `/api/tiers/${tier.id}`, { token: rep, body: { website: 'https://a.fr' } })).status).toBe(428);
    const first = await api.call('PATCH', `/api/tiers/${tier.id}`, { token: rep, body: { website: 'https://a.fr' }, headers: { 'if-match': etag } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBe(etag);
    const stale = await api.call('PATCH', `/api/tiers/${tier.id}`, { token: rep, body: { website: 'https://b.fr' }, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect((await api.call('GET', `/api/tiers/${tier.id}`, { token: rep })).body.website).toBe('https://a.fr');
  });

  it('lets exactly one of many concurrent updates with the same ETag win', async () => {
    const tier = await create(api, rep, organisation());
    const etag = (await api.call('GET', `/api/tiers/${tier.id}`, { token: rep })).headers.get('etag')!;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.call('PATCH', `/api/tiers/${tier.id}`, { token: rep, body: { website: `https://w${i}.fr` }, headers: { 'if-match': etag } }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(9);
    const winner = results.find((r) => r.status === 200)!.body.website;
    expect((await api.call('GET', `/api/tiers/${tier.id}`, { token: rep })).body.website).toBe(winner);
  });

  it('keeps lifecycle as a dated fact: a change closes the old value and opens the new one', async () => {
    const tier = await create(api, rep, organisation({ lifecycle: 'prospect' }));
    const etag = (await api.call('GET', `/api/tiers/${tier.id}`, { token: rep })).headers.get('etag')!;
    await api.call('PATCH', `/api/tiers/${tier.id}`, { token: rep, body: { lifecycle: 'client' }, headers: { 'if-match': etag } });
    const history = await api.call('GET', `/api/tiers/${tier.id}/facts/lifecycle/history`, { token: rep });
    expect(history.status).toBe(200);
    expect(history.body.items.map((f: { value: string }) => f.value)).toEqual(['client', 'prospect']);
    expect(history.body.items[0].validTo).toBeNull();
    expect(history.body.items[1].validTo).toBe(history.body.items[0].validFrom);
    const unknown = await api.call('GET', `/api/tiers/${tier.id}/facts/shoeSize/history`, { token: rep });
    expect(unknown.status).toBe(400);
  });

  it('moves the search index with the data: a renamed tier is found by its new name only', async () => {
    const tier = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Quincaillerie Zéphyrin' }] }));
    const etag = (await api.call('GET', `/api/tiers/${tier.id}`, { token: rep })).headers.get('etag')!;
    await api.call('PATCH', `/api/tiers/${tier.id}`, { token: rep, body: { names: [{ type: 'legal', value: 'Outillage Xavier' }] }, headers: { 'if-match': etag } });
    expect((await api.call('GET', '/api/tiers?q=zephyrin', { token: rep })).body.items).toEqual([]);
    expect((await api.call('GET', '/api/tiers?q=outil%20xav', { token: rep })).body.items.map((t: { id: string }) => t.id)).toEqual([tier.id]);
  });
});

describe('GET /api/tiers (search)', () => {
  let org: { id: string };
  let jeanne: { id: string };
  beforeAll(async () => {
    org = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Électricité Bretonne de l’Ouest' }], siret: '66264285901974', phones: ['02 99 12 34 56'] }));
    jeanne = await create(api, rep, person({ firstName: 'Jeanne', lastName: 'Ébrard', emails: ['jeanne.ebrard@ebo.fr'] }));
  });

  it('matches word starts, accent- and case-insensitive', async () => {
    const hits = await api.call('GET', '/api/tiers?q=ELEC%20bret', { token: rep });
    expect(hits.body.items.map((t: { id: string }) => t.id)).toEqual([org.id]);
    expect((await api.call('GET', '/api/tiers?q=lectricite', { token: rep })).body.items).toEqual([]);
  });

  it('finds by e-mail, phone, SIREN and SIRET', async () => {
    const q = async (value: string) => (await api.call('GET', `/api/tiers?q=${encodeURIComponent(value)}`, { token: rep })).body.items.map((t: { id: string }) => t.id);
    expect(await q('Jeanne.Ebrard@ebo.fr')).toEqual([jeanne.id]);
    expect(await q('+33 2 99 12 34 56')).toEqual([org.id]);
    expect(await q('662 642 859')).toEqual([org.id]);
    expect(await q('66264285901974')).toEqual([org.id]);
  });

  it('filters by kind, pages with a cursor, and validates the query', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, i) => create(api, rep, organisation({ names: [{ type: 'legal', value: `Pagination Pommeraie ${i}` }] }))));
    const first = await api.call('GET', '/api/tiers?q=pommeraie&limit=2&kind=organisation', { token: rep });
    expect(first.body.items).toHaveLength(2);
    const second = await api.call('GET', `/api/tiers?q=pommeraie&limit=2&cursor=${first.body.nextCursor}`, { token: rep });
    expect(second.body.items).toHaveLength(2);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect((await api.call('GET', '/api/tiers?q=pommeraie&kind=person', { token: rep })).body.items).toEqual([]);
    const bad = await api.call('GET', '/api/tiers?q=&limit=500', { token: rep });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['limit', 'q']);
  });
});
