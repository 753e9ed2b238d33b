import { DEMO_SETTINGS } from '../../scripts/demo/demo-settings';
import { seedDemo } from '../../scripts/demo/seed-demo';
import { startApi, type TestApi } from '../support/api-harness';

let api: TestApi;
// As `npm start` runs it.
beforeAll(async () => (api = await startApi(DEMO_SETTINGS)));
afterAll(() => api.stop());

it('loads the demo once, with facts that have history and a pending change request', async () => {
  const first = await seedDemo(api.app.deps);
  expect(first.seeded).toBe(true);
  expect((await seedDemo(api.app.deps)).seeded).toBe(false);
  const token = await api.tokenFor({ userId: 'claire.martin', name: 'Claire Martin', roles: ['rep'], teams: ['nord'] });
  const history = await api.call('GET', `/api/tiers/${first.tierIds.girard}/facts/lifecycle/history`, { token });
  expect(history.body.items.map((f: { value: string }) => f.value)).toEqual(['client', 'prospect']);
  const arras = await api.call('GET', `/api/tiers/${first.tierIds['lemaire-arras']}/card`, { token });
  expect(arras.body.pendingChangeRequests).toHaveLength(1);
  // Without Graph, the demo's team approver has it: Marc Dubois sees it in his pending approvals.
  expect(arras.body.pendingChangeRequests[0].approverIds).toEqual(['marc.dubois']);
  const marc = await api.tokenFor({ userId: 'marc.dubois', name: 'Marc Dubois', roles: ['manager'], teams: ['nord', 'sud'] });
  const pending = await api.call('GET', '/api/change-requests?status=pending', { token: marc });
  expect(pending.body.items.map((r: { id: string }) => r.id)).toEqual([arras.body.pendingChangeRequests[0].id]);
  expect(arras.body.hierarchy.parent.id).toBe(first.tierIds.lemaire);
  // A look-alike for the stewards' review list: the same name saved from a personal address.
  const sophie = await api.tokenFor({ userId: 'sophie.leroy', name: 'Sophie Leroy', roles: ['steward'], teams: ['nord'] });
  const review = await api.call('GET', '/api/duplicates', { token: sophie });
  expect(review.body.items.map((p: { aId: string; bId: string }) => [p.aId, p.bId].sort())).toEqual([
    [first.tierIds['dominique-petit'], first.tierIds['dominique-petit-perso']].sort(),
  ]);
  const restricted = await api.call('GET', `/api/tiers/${first.tierIds.vasseur}`, { token });
  expect(restricted.status).toBe(404);
});
