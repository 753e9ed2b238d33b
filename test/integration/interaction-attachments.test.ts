import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

let api: TestApi;
let rep: string;
let org: { id: string };
let contact: { id: string };
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'] });
  org = await create(api, rep, organisation());
  contact = await create(api, rep, person({ organisationId: org.id }));
});
afterAll(() => api.stop());

const attachments = [
  { name: 'plan-accès (v2).pdf', size: 482133, contentType: 'application/pdf' },
  { name: 'notes-vides.txt', size: 0, contentType: 'text/plain' },
  { name: 'maquette.zip', size: 157286400, contentType: 'application/zip', link: 'https://outlook.office.com/mail/deeplink/read/AAMk1' },
  { name: '  espaces  ' },
];
const bySource = (id: string) => `/api/interactions/by-source?kind=email&id=${encodeURIComponent(id)}`;

describe('attachments of a logged e-mail', () => {
  it('stores them by name with the link back to the item, and the timeline lists names and sizes', async () => {
    const source = { kind: 'email', id: '<pj1@client.fr>', itemId: 'AAMkAGI2-item=', webLink: 'https://outlook.office.com/mail/deeplink/read/AAMkAGI2' };
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id, contact.id], { source, attachments }) });
    expect(logged.status).toBe(201);
    expect(logged.body.attachments).toEqual(attachments);
    expect(logged.body.source).toEqual(source);

    const read = await api.call('GET', `/api/interactions/${logged.body.id}`, { token: rep });
    expect(read.body.attachments).toEqual(attachments);
    expect(read.body.source).toEqual(source);
    // The idempotency key is still kind + id: the item's id and link do not make a second interaction.
    const again = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { source: { kind: 'email', id: '<pj1@client.fr>' } }) });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(logged.body.id);

    const timeline = await api.call('GET', `/api/tiers/${contact.id}/timeline?limit=50`, { token: rep });
    const entry = timeline.body.items.find((e: { interactionId: string }) => e.interactionId === logged.body.id);
    expect(entry.attachments).toEqual([
      { name: 'plan-accès (v2).pdf', size: 482133 },
      { name: 'notes-vides.txt', size: 0 },
      { name: 'maquette.zip', size: 157286400 },
      { name: '  espaces  ' },
    ]);
  });

  it('logs an interaction without attachments as before', async () => {
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { source: { kind: 'email', id: '<pj0@client.fr>' } }) });
    expect(logged.status).toBe(201);
    expect(logged.body).not.toHaveProperty('attachments');
  });

  it('names every bad attachment field and writes nothing', async () => {
    const body = interaction([org.id], {
      source: { kind: 'email', id: '<pj-bad@client.fr>', webLink: 'javascript:alert(1)' },
      attachments: [
        { name: '' },
        { name: 'a.pdf', size: -1 },
        { name: 'b.pdf', size: 1.5 },
        { name: 'c.pdf', size: 11 * 1024 ** 3 },
        { name: 'x'.repeat(256) },
        { name: 'd.pdf', contentType: 'y'.repeat(256) },
        { name: 'e.pdf', content: 'JVBERi0=' },
      ],
    });
    const response = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining([
        'source.webLink',
        'attachments.0.name',
        'attachments.1.size',
        'attachments.2.size',
        'attachments.3.size',
        'attachments.4.name',
        'attachments.5.contentType',
        'attachments.6.content',
      ]),
    );
    expect((await api.call('GET', bySource('<pj-bad@client.fr>'), { token: rep })).status).toBe(404);
  });

  it('refuses more than 100 attachments', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `f${i}.pdf`, size: i }));
    const response = await api.call('POST', '/api/interactions', { token: rep, body: interaction([org.id], { source: { kind: 'email', id: '<pj-many@client.fr>' }, attachments: many }) });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toContain('attachments');
    expect((await api.call('GET', bySource('<pj-many@client.fr>'), { token: rep })).status).toBe(404);
  });
});
