import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person, sirens } from '../support/factories';

let api: TestApi;
let creator: string;
let colleague: string;
let manager: string;
let steward: string;
beforeAll(async () => {
  api = await startApi();
  creator = await api.tokenFor({ userId: 'rep-c', name: 'Claire', roles: ['rep'], teams: ['north'] });
  colleague = await api.tokenFor({ userId: 'rep-d', name: 'Denis', roles: ['rep'], teams: ['north'] });
  manager = await api.tokenFor({ userId: 'man-n', name: 'Manon', roles: ['manager'], teams: ['north'] });
  steward = await api.tokenFor({ userId: 'st-1', name: 'Stella', roles: ['steward'] });
});
afterAll(() => api.stop());

const patch = async (token: string, id: string, body: Record<string, unknown>) => {
  const read = await api.call('GET', `/api/tiers/${id}`, { token: steward });
  return api.call('PATCH', `/api/tiers/${id}`, { token, body, headers: { 'if-match': read.headers.get('etag')! } });
};

describe('who changes reference data directly, and who through a change request', () => {
  it('lets a rep change contact details directly', async () => {
    const tier = await create(api, creator, organisation({ siren: sirens[0] }));
    const response = await patch(colleague, tier.id, { website: 'https://direct.fr', phones: ['+33 1 23 45 67 89'] });
    expect(response.status).toBe(200);
    const unchanged = await patch(colleague, tier.id, { names: (await api.call('GET', `/api/tiers/${tier.id}`, { token: steward })).body.names, website: 'https://again.fr' });
    expect(unchanged.status).toBe(200);
  });

  it('asks a rep for a change request for reference data, naming each field and its change-request path', async () => {
    const tier = await create(api, creator, organisation({ siren: sirens[1], lifecycle: 'prospect' }));
    const response = await patch(colleague, tier.id, { names: [{ type: 'legal', value: 'Autre nom' }], lifecycle: 'client', website: 'https://x.fr' });
    expect([response.status, response.body.code]).toEqual([403, 'TIER.CHANGE_REQUEST_REQUIRED']);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['names', 'lifecycle']);
    expect(response.body.changeRequestPaths).toEqual(['names', 'facts.lifecycle']);
    expect((await api.call('GET', `/api/tiers/${tier.id}`, { token: steward })).body.website).toBeUndefined();
    const person403 = await patch(colleague, (await create(api, creator, person())).id, { lastName: 'Autre' });
    expect(person403.body.code).toBe('TIER.CHANGE_REQUEST_REQUIRED');
  });

  it('lets the creator correct reference data for a day, and stewards always', async () => {
    const tier = await create(api, creator, organisation({ siren: sirens[2] }));
    expect((await patch(creator, tier.id, { siren: sirens[3], names: [{ type: 'legal', value: 'Nom corrigé' }] })).status).toBe(200);
    expect((await patch(steward, tier.id, { parentId: (await create(api, creator, organisation())).id, lifecycle: 'client' })).status).toBe(200);
  });

  it('keeps visibility with the owner team managers: a rep may not open or move a tier', async () => {
    const tier = await create(api, creator, organisation({ confidentiality: 'restricted' }));
    const opened = await patch(colleague, tier.id, { confidentiality: 'public' });
    expect([opened.status, opened.body.code, opened.body.errors[0].path]).toEqual([403, 'TIER.FIELD_FORBIDDEN', 'confidentiality']);
    expect((await patch(manager, tier.id, { ownerTeam: 'south' })).body.code).toBe('TIER.FIELD_FORBIDDEN');
    expect((await patch(manager, tier.id, { confidentiality: 'confidential' })).status).toBe(200);
  });

  it('records who changed what in the audit log', async () => {
    const tier = await create(api, creator, organisation());
    await patch(colleague, tier.id, { website: 'https://audited.fr' });
    const admin = await api.tokenFor({ userId: 'adm', name: 'Adèle', roles: ['admin'] });
    const trail = await api.call('GET', `/api/audit?tierId=${tier.id}`, { token: admin });
    expect(trail.body.items[0]).toMatchObject({ action: 'tier.updated', actorId: 'rep-d', details: { changes: [{ path: 'website', from: null, to: 'https://audited.fr' }] } });
  });
});
