import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

let api: TestApi;
let rep: string;
let colleague: string;
let org: { id: string };
let contact: { id: string };
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'] });
  colleague = await api.tokenFor({ userId: 'rep2', name: 'Rose Rep', roles: ['rep'] });
  org = await create(api, rep, organisation());
  contact = await create(api, rep, person({ organisationId: org.id }));
});
afterAll(() => api.stop());

const bySource = (id: string) =>
  api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent(id)}`, { token: rep });

describe('an item of a shared or delegated mailbox', () => {
  it('records the mailbox owner beside the rep who clicked, stored and on the timeline', async () => {
    const mailbox = { owner: 'commercial@relais.example', shared: true };
    const source = { kind: 'email' as const, id: '<shared1@client.fr>' };
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id, contact.id], { source, mailbox }) });
    expect(logged.status).toBe(201);
    expect(logged.body.mailbox).toEqual(mailbox);
    expect(logged.body.performedBy).toBe('rep1');

    const read = await bySource(source.id);
    expect(read.body.mailbox).toEqual(mailbox);
    const timeline = await api.call('GET', `/api/tiers/${contact.id}/timeline?limit=50`, { token: rep });
    const entry = timeline.body.items.find((e: { interactionId: string }) => e.interactionId === logged.body.id);
    expect(entry.mailbox).toEqual(mailbox);

    // Idempotency is unchanged: a colleague who got the same message in their own mailbox logs nothing new.
    const again = await api.call('POST', '/api/interactions', { token: colleague, body: interaction([org.id], { source }) });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(logged.body.id);
    expect(again.body.mailbox).toEqual(mailbox);
  });

  it('logs an item of the rep’s own mailbox without the field', async () => {
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { source: { kind: 'email', id: '<own1@client.fr>' } }) });
    expect(logged.status).toBe(201);
    expect(logged.body).not.toHaveProperty('mailbox');
  });

  it('names each bad mailbox field and writes nothing', async () => {
    const source = { kind: 'email' as const, id: '<shared-bad@client.fr>' };
    const body = interaction([org.id], { source, mailbox: { owner: 'not an address', shared: 'yes', folder: 'Inbox' } });
    const response = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(response.status).toBe(400);
    const paths = (response.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['mailbox.folder', 'mailbox.owner', 'mailbox.shared']);
    expect((await bySource(source.id)).status).toBe(404);

    const missing = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { source, mailbox: {} }) });
    expect(missing.status).toBe(400);
    expect((missing.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['mailbox.owner', 'mailbox.shared']);
    expect((await bySource(source.id)).status).toBe(404);
  });
});
