import { TableClient } from '@azure/data-tables';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

let api: TestApi;
let rep: string;
let steward: string;
let admin: string;
beforeAll(async () => {
  api = await startApi({ RELAIS_STEWARD_IDS: 'steward-1' });
  rep = await api.tokenFor({ userId: 'rep-1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({ userId: 'steward-1', name: 'Stella Steward', roles: ['steward'], teams: [] });
  admin = await api.tokenFor({ userId: 'admin-1', name: 'Adèle Admin', roles: ['admin'], teams: [] });
});
afterAll(() => api.stop());

const consent = (channel: string, status: string, date: string, source = 'Appel entrant') => ({ channel, legalBasis: 'legitimate-interest', status, source, date });

describe('consents and objection to prospecting', () => {
  it('records statements per channel with history, and shows the objection on the tier, the card and the lookup', async () => {
    const who = await create(api, rep, person({ emails: ['objecteur@client-rgpd.fr'] }));
    const first = await api.call('PUT', `/api/persons/${who.id}/consents`, { token: rep, body: { consents: [consent('email', 'objected', '2026-03-01'), consent('phone', 'granted', '2026-03-01')] } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ prospectingObjection: true, objectedChannels: ['email'] });
    expect(first.body.channels.find((c: { channel: string }) => c.channel === 'email')).toMatchObject({ mayProspect: false, latest: { status: 'objected', recordedBy: 'rep-1' } });
    const repeat = await api.call('PUT', `/api/persons/${who.id}/consents`, { token: rep, body: { consents: [consent('email', 'objected', '2026-03-01')] } });
    expect(repeat.body.history).toHaveLength(2);

    expect((await api.call('GET', `/api/tiers/${who.id}`, { token: rep })).body.prospectingObjection).toBe(true);
    expect((await api.call('GET', `/api/tiers/${who.id}/card`, { token: rep })).body.tier.prospectingObjection).toBe(true);
    const lookup = await api.call('POST', '/api/lookup', { token: rep, body: { emails: ['objecteur@client-rgpd.fr'] } });
    expect(lookup.body.results[0].persons[0].tier.prospectingObjection).toBe(true);

    const granted = await api.call('PUT', `/api/persons/${who.id}/consents`, { token: rep, body: { consents: [consent('email', 'granted', '2026-04-02', 'Formulaire salon')] } });
    expect(granted.body).toMatchObject({ prospectingObjection: false, objectedChannels: [] });
    expect(granted.body.history.map((c: { status: string }) => c.status)).toEqual(['objected', 'granted', 'granted']);
  });

  it('refuses a statement that is not one, naming the fields, and organisations', async () => {
    const who = await create(api, rep, person());
    const bad = await api.call('PUT', `/api/persons/${who.id}/consents`, { token: rep, body: { consents: [{ channel: 'pigeon', legalBasis: 'whim', status: 'granted', source: '', date: 'yesterday' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['consents.0.channel', 'consents.0.date', 'consents.0.legalBasis', 'consents.0.source']);
    const org = await create(api, rep, organisation());
    expect((await api.call('PUT', `/api/persons/${org.id}/consents`, { token: rep, body: { consents: [consent('email', 'objected', '2026-03-01')] } })).status).toBe(404);
  });
});

/** Who is written about: the export reads one, the erasure erases another. */
type Identity = { firstName: string; lastName: string; email: string; phone: string; phoneTyped: [string, string] };
const exported: Identity = { firstName: 'Zéphirine', lastName: 'Quasimodo-Tartempion', email: 'z.quasimodo@ateliers-rgpd.fr', phone: '+33 6 12 34 56 78', phoneTyped: ['06.12.34.56.78', '06 12 34 56 78'] };
const erased: Identity = { firstName: 'Ermengarde', lastName: 'Pétaouchnok', email: 'e.petaouchnok@forges-rgpd.fr', phone: '+33 6 55 44 33 21', phoneTyped: ['06.55.44.33.21', '06 55 44 33 21'] };
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The name's words (as typed and folded), the e-mail, the phone in every form it was written or indexed. */
const tracesOf = (who: Identity): string[] => {
  const national = who.phone.replace(/\D/g, '').slice(2);
  const words = `${who.firstName} ${who.lastName}`.split(/[\s-]+/).flatMap((w) => [w.toLowerCase(), fold(w)]);
  return [...new Set([...words, who.email, `+33${national}`, national, ...who.phoneTyped, who.phoneTyped[1].slice(3)])];
};

/** Seeded twice (export, erasure): the second time is, knowingly, a look-alike of the first. */
const createDistinct = async (body: Record<string, unknown>) => {
  const response = await api.call('POST', '/api/tiers?confirm=distinct', { token: rep, body });
  expect(response.status).toBe(201);
  return response.body as { id: string };
};

/** A person written about everywhere: the profile, indexes, a relation, interactions, tasks, change requests, consents, audit. */
let seeds = 0;
const seedPerson = async (id: Identity) => {
  seeds += 1;
  const full = `${id.firstName} ${id.lastName.split('-')[0]}`;
  const org = await createDistinct(organisation({ names: [{ type: 'legal', value: 'Ateliers Boulonnais RGPD' }], emailDomains: ['ateliers-rgpd.fr'] }));
  const who = await createDistinct(person({ firstName: id.firstName, lastName: id.lastName, emails: [id.email], phones: [id.phone], organisationId: org.id, lifecycle: 'prospect' }));
  const both = await api.call('POST', '/api/interactions', {
    token: rep,
    body: interaction([who.id, org.id], {
      source: { kind: 'email', id: `<rdv-${seeds}@ateliers-rgpd.fr>` },
      subject: `RDV avec ${full}`,
      summary: `${id.firstName} (${id.email}, ${id.phoneTyped[0]}) veut un devis pour les Ateliers`,
      outcome: `${id.lastName.split('-')[0]} rappelle lundi`,
      tasks: [{ title: `Rappeler Mme ${id.lastName}` }],
      changeRequests: [
        { tierId: who.id, changes: [{ path: 'jobTitle', to: 'Directrice des achats' }], reason: `${id.firstName} a changé de poste` },
        { tierId: org.id, changes: [{ path: 'website', to: 'https://ateliers-rgpd.fr' }], reason: `Site donné par ${full}` },
      ],
    }),
  });
  const alone = await api.call('POST', '/api/interactions', { token: rep, body: interaction([who.id], { subject: 'Appel', summary: `${id.lastName} en congés, rappeler au ${id.phoneTyped[1]}` }) });
  const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: `Envoyer la doc à ${id.firstName}`, tierIds: [who.id, org.id] } });
  const direct = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: who.id, changes: [{ path: 'lastName', to: id.lastName.split('-')[0] }], reason: `Nom court de ${id.firstName}` } });
  await api.call('PUT', `/api/persons/${who.id}/consents`, { token: rep, body: { consents: [consent('email', 'objected', '2026-05-01', `Appel de ${full}`)] } });
  const read = await api.call('GET', `/api/tiers/${who.id}`, { token: steward });
  const patched = await api.call('PATCH', `/api/tiers/${who.id}`, {
    token: steward, body: { lifecycle: 'client', phones: [id.phone, '+33 1 40 00 00 00'] }, headers: { 'if-match': read.headers.get('etag')! },
  });
  const orgRequest = both.body.changeRequestIds[1];
  await api.call('POST', `/api/change-requests/${orgRequest}/decision`, { token: steward, body: { decision: 'approve', comment: `Vu avec ${id.firstName}` } });
  for (const r of [both, alone, task, direct, patched]) expect(r.status).toBeLessThan(300);
  return { org, who, both: both.body.id as string, alone: alone.body.id as string, task: task.body.id as string };
};

describe('access: GET /api/persons/{id}/export', () => {
  it('is for stewards and admins only', async () => {
    const who = await create(api, rep, person());
    expect((await api.call('GET', `/api/persons/${who.id}/export`, { token: rep })).status).toBe(403);
  });

  it('returns every kind of record naming the person, and records who exported it', async () => {
    const { who, both, alone, task } = await seedPerson(exported);
    // Notes about other tiers: one names her in full (she is in it), one names only another Zéphirine.
    const elsewhere = await createDistinct(organisation({ names: [{ type: 'legal', value: 'Tonnellerie Export RGPD' }] }));
    const naming = await api.call('POST', '/api/interactions', {
      token: rep,
      body: interaction([elsewhere.id], { subject: 'Salon', summary: `Croisé ${exported.firstName} ${exported.lastName} au salon` }),
    });
    const firstNameOnly = await api.call('POST', '/api/interactions', {
      token: rep,
      body: interaction([elsewhere.id], { subject: 'Salon', summary: `${exported.firstName} de la tonnellerie rappelle` }),
    });
    expect([naming.status, firstNameOnly.status]).toEqual([201, 201]);
    const response = await api.call('GET', `/api/persons/${who.id}/export`, { token: steward });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`person-${who.id}.json`);
    const doc = response.body;
    expect(doc.person).toMatchObject({ id: who.id, firstName: exported.firstName, lastName: exported.lastName, emails: [exported.email] });
    expect(doc.facts.filter((f: { name: string }) => f.name === 'lifecycle').map((f: { value: string }) => f.value).sort()).toEqual(['client', 'prospect']);
    expect(doc.consents).toEqual([expect.objectContaining({ channel: 'email', status: 'objected' })]);
    expect(doc.relations).toEqual([expect.objectContaining({ typeId: 'works-for', fromId: who.id })]);
    expect(doc.interactions.map((i: { id: string }) => i.id).sort()).toEqual([both, alone].sort());
    expect(doc.interactions.find((i: { id: string }) => i.id === both).summary).toContain('veut un devis');
    expect(doc.mentionedIn.map((i: { id: string }) => i.id)).toEqual([naming.body.id]);
    expect(doc.tasks.map((t: { id: string }) => t.id)).toContain(task);
    expect(doc.tasks.map((t: { title: string }) => t.title)).toContain('Rappeler Mme Quasimodo-Tartempion');
    expect(doc.changeRequests).toHaveLength(2);
    expect(doc.audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['tier.updated', 'change-request.requested', 'person.consents-recorded']));

    const trail = await api.call('GET', `/api/audit?tierId=${who.id}`, { token: admin });
    expect(trail.body.items[0]).toMatchObject({ action: 'person.exported', actorId: 'steward-1', targetId: who.id });
  });
});

/** Every entity of every table of this API's prefix, as text. */
const everyEntity = async (): Promise<{ table: string; text: string }[]> => {
  const { service, prefix } = api.app.stores.tables;
  const connection = process.env.RELAIS_TEST_STORAGE!;
  const found: { table: string; text: string }[] = [];
  for await (const table of service.listTables()) {
    if (!table.name?.startsWith(prefix)) continue;
    const client = TableClient.fromConnectionString(connection, table.name, { allowInsecureConnection: true });
    for await (const entity of client.listEntities()) found.push({ table: table.name, text: JSON.stringify(entity).toLowerCase() });
  }
  return found;
};

describe('erasure: POST /api/persons/{id}/erase', () => {
  it('is for stewards and admins only', async () => {
    const who = await create(api, rep, person());
    expect((await api.call('POST', `/api/persons/${who.id}/erase`, { token: rep })).status).toBe(403);
    expect((await api.call('GET', `/api/tiers/${who.id}`, { token: rep })).status).toBe(200);
  });

  it('leaves no trace of the name, e-mail or phone in any table, only an erasure record', async () => {
    const { org, who, both, alone, task } = await seedPerson(erased);
    const traces = tracesOf(erased);
    const seeded = await everyEntity();
    expect(seeded.filter((e) => traces.some((t) => e.text.includes(t))).length).toBeGreaterThan(10);

    const job = await api.job(await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward }), steward);
    expect(job.body.status).toBe('succeeded');
    expect(job.body.result).toMatchObject({ tierId: who.id, alreadyErased: false, interactions: 2, tasks: 2, relations: 1, changeRequests: 2 });

    const left = (await everyEntity()).flatMap((e) => traces.filter((t) => e.text.includes(t)).map((t) => `${e.table}: ${t} in ${e.text.slice(0, 300)}`));
    expect(left).toEqual([]);

    expect((await api.call('GET', `/api/tiers/${who.id}`, { token: steward })).status).toBe(410);
    expect((await api.call('GET', `/api/tiers/${who.id}/card`, { token: rep })).status).toBe(410);
    expect((await api.call('GET', `/api/tiers?q=petaouchnok`, { token: rep })).body.items).toEqual([]);
    expect((await api.call('POST', '/api/lookup', { token: rep, body: { emails: [erased.email] } })).body.results[0].persons).toEqual([]);
    const card = await api.call('GET', `/api/tiers/${org.id}/card`, { token: rep });
    expect(card.body.people.items).toEqual([]);
    expect(card.body.timeline.items[0]).toMatchObject({ subject: 'RDV avec […] […]', participants: [{ tierId: org.id }] });
    const shared = await api.call('GET', `/api/interactions/${both}`, { token: steward });
    expect(shared.body.summary).toBe('[…] ([…], […]) veut un devis pour les Ateliers');
    expect(shared.body.participants.map((p: { tierId: string }) => p.tierId)).toEqual([org.id]);
    expect((await api.call('GET', `/api/interactions/${alone}`, { token: steward })).status).toBe(404);
    expect((await api.call('GET', `/api/tasks/${task}`, { token: rep })).body).toMatchObject({ title: 'Envoyer la doc à […]', tierIds: [org.id] });

    const trail = await api.call('GET', `/api/audit?tierId=${who.id}`, { token: admin });
    expect(trail.body.items[0]).toMatchObject({ action: 'tier.erased', actorId: 'steward-1', details: { reason: 'request', kind: 'person' } });
    const again = await api.job(await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward }), steward);
    expect(again.body.result).toMatchObject({ tierId: who.id, alreadyErased: true });
  });
});

describe('audit log: GET /api/audit', () => {
  it('is for admins only, filtered by tier and/or user, newest first, paged', async () => {
    const tier = await create(api, rep, organisation());
    const read = await api.call('GET', `/api/tiers/${tier.id}`, { token: steward });
    let etag = read.headers.get('etag')!;
    for (const website of ['https://a.fr', 'https://b.fr', 'https://c.fr']) {
      const patched = await api.call('PATCH', `/api/tiers/${tier.id}`, { token: steward, body: { website }, headers: { 'if-match': etag } });
      etag = patched.headers.get('etag')!;
    }
    expect((await api.call('GET', `/api/audit?tierId=${tier.id}`, { token: steward })).status).toBe(403);
    expect((await api.call('GET', '/api/audit', { token: admin })).status).toBe(400);
    const first = await api.call('GET', `/api/audit?tierId=${tier.id}&userId=steward-1&limit=2`, { token: admin });
    expect(first.body.items.map((r: { details: { changes: { to: string }[] } }) => r.details.changes[0]!.to)).toEqual(['https://c.fr', 'https://b.fr']);
    expect(first.body.items[0]).toMatchObject({ action: 'tier.updated', actorId: 'steward-1', targetType: 'tier', targetId: tier.id });
    const second = await api.call('GET', `/api/audit?tierId=${tier.id}&userId=steward-1&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: admin });
    expect(second.body.items.map((r: { details: { changes: { to: string }[] } }) => r.details.changes[0]!.to)).toEqual(['https://a.fr']);
    const byUser = await api.call('GET', '/api/audit?userId=steward-1&limit=200', { token: admin });
    expect(byUser.body.items.every((r: { actorId: string }) => r.actorId === 'steward-1')).toBe(true);
    expect(byUser.body.items.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(['tier.updated', 'change-request.approved', 'tier.erased', 'person.exported']));
  });
});
