import { routeTable } from '../../functions/src/http/route-table';
import { startApi, type TestApi } from '../support/api-harness';

let api: TestApi;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

it('publishes OpenAPI 3.1 with every route and the domain schemas as components', async () => {
  const doc = (await api.call('GET', '/api/openapi.json')).body;
  expect(doc.openapi).toBe('3.1.0');
  for (const route of routeTable) expect(doc.paths[`/api/${route.path}`][route.method.toLowerCase()].operationId).toBe(route.name);
  expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['TierDraft', 'InteractionDraft', 'ChangeRequestDraft', 'Tier', 'Problem']));
  expect(doc.paths['/api/interactions'].post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/InteractionDraft');
  expect(doc.components.schemas.InteractionDraft.required).toEqual(expect.arrayContaining(['direction', 'medium', 'occurredAt', 'participants']));
});
