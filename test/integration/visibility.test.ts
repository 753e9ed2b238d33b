import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

let api: TestApi;
let north: string;
let south: string;
let steward: string;
let secret: { id: string };
let open: { id: string };
beforeAll(async () => {
  api = await startApi();
  north = await api.tokenFor({ userId: 'n1', name: 'Nina North', roles: ['rep'], teams: ['north'] });
  south = await api.tokenFor({ userId: 's1', name: 'Sam South', roles: ['rep'], teams: ['south'] });
  steward = await api.tokenFor({ userId: 'st', name: 'Steward', roles: ['steward'], teams: [] });
  secret = await create(api, north, organisation({ names: [{ type: 'legal', value: 'Secretissime Industries' }], confidentiality: 'restricted', emailDomains: ['secretissime.fr'], siren: '883226946' }));
  await create(api, north, person({ emails: ['boss@secretissime.fr'], confidentiality: 'restricted', organisationId: secret.id }));
  open = await create(api, north, organisation({ names: [{ type: 'legal', value: 'Ouvert à tous' }] }));
  await api.call('POST', '/api/relations', { token: north, body: { typeId: 'partner-of', fromId: open.id, toId: secret.id } });
  await api.call('POST', '/api/interactions', { token: north, body: interaction([open.id, secret.id], { subject: 'Réunion commune' }) });
});
afterAll(() => api.stop());

describe('a tier a caller may not see behaves as if it did not exist', () => {
  it('is seen by its own team and by stewards', async () => {
    expect((await api.call('GET', `/api/tiers/${secret.id}`, { token: north })).status).toBe(200);
    expect((await api.call('GET', `/api/tiers/${secret.id}`, { token: steward })).status).toBe(200);
  });

  it('is 404 to another team on every read endpoint, and absent from lists', async () => {
    for (const path of [`/api/tiers/${secret.id}`, `/api/tiers/${secret.id}/card`, `/api/tiers/${secret.id}/relations`, `/api/tiers/${secret.id}/timeline`, `/api/tiers/${secret.id}/facts/owner/history`])
      expect((await api.call('GET', path, { token: south })).status).toBe(404);
    expect((await api.call('GET', '/api/tiers?q=secretissime', { token: south })).body.items).toEqual([]);
    expect((await api.call('GET', '/api/tiers?q=883226946', { token: south })).body.items).toEqual([]);
    const lookup = await api.call('POST', '/api/lookup', { token: south, body: { emails: ['boss@secretissime.fr'] } });
    expect(lookup.body.results[0]).toMatchObject({ status: 'unknown', persons: [], organisations: [] });
    const card = await api.call('GET', `/api/tiers/${open.id}/card`, { token: south });
    expect(card.body.relations).toEqual([]);
    // The meeting shared with the secret tier is as confidential as it (docs/security.md §2).
    expect(card.body.timeline.items).toEqual([]);
  });

  it('cannot be written to or referenced by another team', async () => {
    const patch = await api.call('PATCH', `/api/tiers/${secret.id}`, { token: south, body: { website: 'https://x.fr' }, headers: { 'if-match': 'W/"datetime\'2020-01-01T00%3A00%3A00Z\'"' } });
    expect(patch.status).toBe(404);
    const logged = await api.call('POST', '/api/interactions', { token: south, body: interaction([secret.id]) });
    expect(logged.status).toBe(422);
    const related = await api.call('POST', '/api/relations', { token: south, body: { typeId: 'partner-of', fromId: open.id, toId: secret.id } });
    expect(related.status).toBe(422);
    const cr = await api.call('POST', '/api/change-requests', { token: south, body: { tierId: secret.id, changes: [{ path: 'website', to: 'https://x.fr' }] } });
    expect(cr.status).toBe(404);
  });
});

describe('lookup', () => {
  it('explains each match: same e-mail, employer, e-mail domain; colleagues are internal', async () => {
    const internal = await startApi({ RELAIS_INTERNAL_DOMAINS: 'relais-demo.fr' });
    try {
      const token = await internal.tokenFor({ userId: 'n1', name: 'Nina', roles: ['rep'], teams: ['north'] });
      const org = await create(internal, token, organisation({ emailDomains: ['lookup-co.fr'] }));
      const who = await create(internal, token, person({ emails: ['ana@lookup-co.fr'], organisationId: org.id }));
      const response = await internal.call('POST', '/api/lookup', { token, body: { emails: ['Ana@Lookup-Co.fr', 'new@lookup-co.fr', 'me@relais-demo.fr', 'x@nowhere.fr', 'broken'] } });
      const [ana, unknownPerson, colleague, nobody, broken] = response.body.results;
      expect(ana).toMatchObject({ status: 'matched', persons: [{ tier: { id: who.id }, evidence: [{ code: 'same-email' }], organisations: [{ tier: { id: org.id }, evidence: [{ code: 'employer-of-person' }] }] }] });
      expect(unknownPerson).toMatchObject({ status: 'matched', persons: [], organisations: [{ tier: { id: org.id }, evidence: [{ code: 'email-domain', detail: 'lookup-co.fr' }] }] });
      expect(colleague.status).toBe('internal');
      expect(nobody.status).toBe('unknown');
      expect(broken.status).toBe('invalid');
    } finally {
      await internal.stop();
    }
  });

  it('reports ambiguity instead of picking silently', async () => {
    await create(api, north, organisation({ emailDomains: ['shared-group.fr'] }));
    await create(api, north, organisation({ emailDomains: ['shared-group.fr'] }));
    const response = await api.call('POST', '/api/lookup', { token: north, body: { emails: ['achats@shared-group.fr'] } });
    expect(response.body.results[0].status).toBe('ambiguous');
    expect(response.body.results[0].organisations).toHaveLength(2);
  });
});
