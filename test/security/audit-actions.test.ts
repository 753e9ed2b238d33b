import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation } from '../support/factories';

let api: TestApi;
let rep: string;
let steward: string;
let admin: string;
beforeAll(async () => {
  api = await startApi({ RELAIS_STEWARD_IDS: 'steward-1' });
  rep = await api.tokenFor({ userId: 'rep-1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({
    userId: 'steward-1',
    name: 'Stella Steward',
    roles: ['steward'],
    teams: [],
  });
  admin = await api.tokenFor({ userId: 'admin-1', name: 'Adèle Admin', roles: ['admin'], teams: [] });
});
afterAll(() => api.stop());

type AuditEntry = { action: string; actorId: string; targetType: string; targetId: string };
const trail = async (query: string): Promise<AuditEntry[]> =>
  (await api.call('GET', `/api/audit?${query}&limit=200`, { token: admin })).body.items;
const request = async (tierId: string, change: Record<string, unknown>) => {
  const response = await api.call('POST', '/api/change-requests', {
    token: rep,
    body: { tierId, changes: [change], reason: 'Vu sur le site' },
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
};
const decide = (id: string, decision: 'approve' | 'reject') =>
  api.call('POST', `/api/change-requests/${id}/decision`, {
    token: steward,
    body: { decision, comment: 'Vérifié' },
  });

describe('every sensitive action leaves an audit record, by whom and about what', () => {
  it('change requests: requested, approved (and the tier changed), rejected, withdrawn, conflicted', async () => {
    const tier = await create(api, rep, organisation({ website: 'https://avant.fr' }));
    const approved = await request(tier.id, { path: 'facts.sign', to: 'Enseigne Nouvelle' });
    expect((await decide(approved, 'approve')).body.status).toBe('approved');
    const rejected = await request(tier.id, { path: 'facts.sign', to: 'Enseigne Refusée' });
    expect((await decide(rejected, 'reject')).body.status).toBe('rejected');
    const withdrawn = await request(tier.id, { path: 'facts.sign', to: 'Enseigne Retirée' });
    expect(
      (await api.call('POST', `/api/change-requests/${withdrawn}/withdraw`, { token: rep })).status,
    ).toBe(200);
    const conflicted = await request(tier.id, {
      path: 'website',
      from: 'https://avant.fr',
      to: 'https://demande.fr',
    });
    const read = await api.call('GET', `/api/tiers/${tier.id}`, { token: steward });
    const patched = await api.call('PATCH', `/api/tiers/${tier.id}`, {
      token: steward,
      body: { website: 'https://entre-temps.fr' },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(patched.status).toBe(200);
    expect((await decide(conflicted, 'approve')).body.status).toBe('conflicted');

    const records = await trail(`tierId=${tier.id}`);
    const about = (id: string) => records.filter((r) => r.targetId === id).map((r) => [r.action, r.actorId]);
    expect(about(approved)).toEqual(
      expect.arrayContaining([
        ['change-request.requested', 'rep-1'],
        ['change-request.approved', 'steward-1'],
      ]),
    );
    expect(about(rejected)).toEqual(
      expect.arrayContaining([
        ['change-request.requested', 'rep-1'],
        ['change-request.rejected', 'steward-1'],
      ]),
    );
    expect(about(withdrawn)).toEqual(expect.arrayContaining([['change-request.withdrawn', 'rep-1']]));
    expect(about(conflicted)).toEqual(expect.arrayContaining([['change-request.conflicted', 'steward-1']]));
    expect(about(tier.id)).toEqual(
      expect.arrayContaining([
        ['tier.changed', 'steward-1'],
        ['tier.updated', 'steward-1'],
      ]),
    );
    expect((await trail('userId=rep-1')).map((r) => r.action)).toEqual(
      expect.arrayContaining(['change-request.requested', 'change-request.withdrawn']),
    );
  });
});
