import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person } from '../support/factories';

/** `POST /api/lookup`: every address of an e-mail in one call. */
let api: TestApi;
let claire: string;
let client: { id: string };
let buyer: { id: string };
beforeAll(async () => {
  api = await startApi({ RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr' });
  claire = await api.tokenFor({ userId: 'claire.martin', name: 'Claire Martin', roles: ['rep'], email: 'claire.martin@relais-demo.fr' });
  client = await create(api, claire, organisation({ emailDomains: ['lookup-client.fr'] }));
  buyer = await create(api, claire, person({ emails: ['achats@lookup-client.fr'], organisationId: client.id }));
});
afterAll(() => api?.stop());

type Result = {
  email: string;
  status: string;
  persons: { tier: { id: string }; organisations: { tier: { id: string } }[] }[];
  organisations: { tier: { id: string }; evidence: { code: string; detail: string }[] }[];
  user?: { id: string; name: string };
};
const lookup = async (emails: string[], token = claire) =>
  (await api.call<{ results: Result[] }>('POST', '/api/lookup', { token, body: { emails } })).body.results;

it('gives every recipient at one client the client, by domain, and the known person her employer', async () => {
  const many = Array.from({ length: 30 }, (_, i) => `person${i}@Lookup-Client.fr`);
  const results = await lookup(['achats@lookup-client.fr', ...many]);
  expect(results).toHaveLength(31);
  expect(results[0]).toMatchObject({ status: 'matched', persons: [{ tier: { id: buyer.id }, organisations: [{ tier: { id: client.id } }] }] });
  for (const result of results.slice(1))
    expect(result).toMatchObject({ status: 'matched', persons: [], organisations: [{ tier: { id: client.id }, evidence: [{ code: 'email-domain', detail: 'lookup-client.fr' }] }] });
});

it('names the Relais user behind a colleague\'s address once they have used Relais', async () => {
  const hugoAddress = 'hugo.bernard@relais-demo.fr';
  const [before] = await lookup([hugoAddress]);
  expect(before).toEqual({ email: hugoAddress, status: 'internal', persons: [], organisations: [] });
  const hugo = await api.tokenFor({ userId: 'hugo.bernard', name: 'Hugo Bernard', roles: ['rep'], teams: ['sud'], email: 'Hugo.Bernard@relais-demo.fr' });
  await lookup(['achats@lookup-client.fr'], hugo);
  const [after, stranger, invalid] = await lookup([hugoAddress, 'nobody@elsewhere.fr', 'not an address']);
  expect(after).toEqual({ email: hugoAddress, status: 'internal', persons: [], organisations: [], user: { id: 'hugo.bernard', name: 'Hugo Bernard' } });
  expect(stranger).toMatchObject({ status: 'unknown' });
  expect(stranger).not.toHaveProperty('user');
  expect(invalid).toMatchObject({ status: 'invalid' });
});
