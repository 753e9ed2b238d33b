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

describe('POST /api/interactions', () => {
  it('logs an e-mail once: 201, then 200 with the same interaction', async () => {
    const body = interaction([org.id, contact.id], { source: { kind: 'email', id: '<a1@client.fr>' } });
    const first = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe(`/api/interactions/${first.body.id}`);
    expect(first.body.participants.map((p: { name: string }) => p.name)).toHaveLength(2);
    const again = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const bySource = await api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent('<a1@client.fr>')}`, { token: rep });
    expect(bySource.status).toBe(200);
    expect(bySource.body.id).toBe(first.body.id);
    expect((await api.call('GET', '/api/interactions/by-source?kind=email&id=unknown', { token: rep })).status).toBe(404);
  });

  it('yields one interaction when the same e-mail is logged 20 times concurrently', async () => {
    const body = interaction([org.id], { source: { kind: 'email', id: '<race@client.fr>' }, tasks: [{ title: 'Rappeler', dueDate: '2026-12-01' }] });
    const results = await Promise.all(Array.from({ length: 20 }, () => api.call('POST', '/api/interactions', { token: rep, body })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const timeline = await api.call('GET', `/api/tiers/${org.id}/timeline?limit=200`, { token: rep });
    expect(timeline.body.items.filter((e: { interactionId: string }) => e.interactionId === results[0]!.body.id)).toHaveLength(1);
    const tasks = await api.call('GET', '/api/tasks?assignee=me&status=open', { token: rep });
    expect(tasks.body.items.filter((t: { title: string }) => t.title === 'Rappeler')).toHaveLength(1);
  });

  it('refuses a participant that does not exist, naming it, and writes nothing', async () => {
    const body = interaction([org.id, 'ghost'], { source: { kind: 'email', id: '<ghost@client.fr>' } });
    const response = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([{ path: 'participants.1.tierId', message: 'No tier with this id.' }]);
    expect((await api.call('GET', `/api/interactions/by-source?kind=email&id=${encodeURIComponent('<ghost@client.fr>')}`, { token: rep })).status).toBe(404);
  });

  it('names every invalid field of a bad draft', async () => {
    const response = await api.call('POST', '/api/interactions', {
      token: rep,
      body: { direction: 'sideways', medium: 'pigeon', occurredAt: '2026-13-45', participants: [], durationMinutes: -5, extra: true },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['direction', 'medium', 'occurredAt', 'participants', 'durationMinutes', 'extra']),
    );
  });

  it('creates follow-up tasks and change requests, shown on the card', async () => {
    const body = interaction([org.id, contact.id], {
      source: { kind: 'meeting', id: 'ical-uid-42' },
      occurredAt: '2026-11-22T15:00:00+01:00',
      medium: 'meeting',
      direction: 'outbound',
      durationMinutes: 45,
      location: 'Lille',
      purpose: 'Renouvellement',
      outcome: 'Accord de principe',
      tasks: [{ title: 'Envoyer le devis', dueDate: '2026-12-02' }, { title: 'Relancer', assigneeId: 'rep2' }],
      changeRequests: [{ changes: [{ path: 'website', to: 'https://nouveau.fr' }], reason: 'Nouveau site' }],
    });
    const logged = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(logged.status).toBe(201);
    expect(logged.body.taskIds).toHaveLength(2);
    const card = await api.call('GET', `/api/tiers/${org.id}/card`, { token: rep });
    expect(card.status).toBe(200);
    expect(card.headers.get('etag')).toBeTruthy();
    expect(card.body.timeline.items[0]).toMatchObject({ interactionId: logged.body.id, medium: 'meeting', purpose: 'Renouvellement', outcome: 'Accord de principe' });
    expect(card.body.openTasks.map((t: { title: string }) => t.title)).toEqual(expect.arrayContaining(['Envoyer le devis', 'Relancer']));
    expect(card.body.pendingChangeRequests[0]).toMatchObject({ changes: [{ path: 'website', to: 'https://nouveau.fr' }], interactionId: logged.body.id, status: 'pending' });
    const pending = await api.call('GET', '/api/change-requests?status=pending', { token: rep });
    expect(pending.body.items.map((c: { tierId: string }) => c.tierId)).toContain(org.id);
  });

  it('refuses a change request on a field that is not reference data', async () => {
    const body = interaction([org.id], { changeRequests: [{ changes: [{ path: 'ownerTeam', to: 'south' }, { path: 'website', to: 42 }] }] });
    const response = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(['changeRequests.0.changes.0.path', 'changeRequests.0.changes.1.to']);
  });

  it('adds tiers and follow-ups to a logged interaction instead of duplicating it', async () => {
    const other = await create(api, rep, organisation());
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([contact.id], { source: { kind: 'email', id: '<add@client.fr>' } }) });
    const added = await api.call('POST', `/api/interactions/${logged.body.id}/additions`, {
      token: rep,
      body: { participants: [{ tierId: other.id }], tasks: [{ title: 'Envoyer la plaquette' }] },
    });
    expect(added.status).toBe(200);
    expect(added.body.participants.map((p: { tierId: string }) => p.tierId)).toEqual([contact.id, other.id]);
    const timeline = await api.call('GET', `/api/tiers/${other.id}/timeline`, { token: rep });
    expect(timeline.body.items.map((e: { interactionId: string }) => e.interactionId)).toEqual([logged.body.id]);
  });
});

describe('timeline paging and filters', () => {
  it('pages newest first with a cursor and filters by medium and direction', async () => {
    const tier = await create(api, rep, organisation());
    for (let day = 1; day <= 7; day += 1) {
      const medium = day % 2 === 0 ? 'phone' : 'email';
      await api.call('POST', '/api/interactions', {
        token: rep,
        body: interaction([tier.id], { medium, direction: day <= 3 ? 'inbound' : 'outbound', occurredAt: `2026-10-0${day}T09:00:00+02:00`, subject: `Jour ${day}` }),
      });
    }
    const first = await api.call('GET', `/api/tiers/${tier.id}/timeline?limit=3`, { token: rep });
    expect(first.body.items.map((e: { subject: string }) => e.subject)).toEqual(['Jour 7', 'Jour 6', 'Jour 5']);
    const second = await api.call('GET', `/api/tiers/${tier.id}/timeline?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: rep });
    expect(second.body.items.map((e: { subject: string }) => e.subject)).toEqual(['Jour 4', 'Jour 3', 'Jour 2']);
    const phones = await api.call('GET', `/api/tiers/${tier.id}/timeline?medium=phone&limit=50`, { token: rep });
    expect(phones.body.items.map((e: { subject: string }) => e.subject)).toEqual(['Jour 6', 'Jour 4', 'Jour 2']);
    const inbound = await api.call('GET', `/api/tiers/${tier.id}/timeline?direction=inbound&limit=50`, { token: rep });
    expect(inbound.body.items.map((e: { subject: string }) => e.subject)).toEqual(['Jour 3', 'Jour 2', 'Jour 1']);
  });
});

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
