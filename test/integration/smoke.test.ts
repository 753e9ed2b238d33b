import { startApi, type TestApi } from '../support/api-harness';

let api: TestApi;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

it('serves health and creates then reads a tier', async () => {
  expect((await api.call('GET', '/api/health')).body).toEqual({ status: 'ok', storage: 'azurite', checks: { tables: 'ok', queues: 'ok' } });
  const token = await api.tokenFor({ userId: 'u1', name: 'Ulysse', roles: ['rep'] });
  const created = await api.call('POST', '/api/tiers', { token, body: { kind: 'organisation', names: [{ type: 'legal', value: 'Electricité de France' }], siren: '552081317' } });
  expect(created.status).toBe(201);
  const read = await api.call('GET', `/api/tiers/${created.body.id}`, { token });
  expect(read.status).toBe(200);
  expect(read.body.siren).toBe('552081317');
  const search = await api.call('GET', '/api/tiers?q=elec%20fra', { token });
  expect(search.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
});
