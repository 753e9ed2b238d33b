import { createTier, type Caller } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

let api: TestApi;
let rep: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
});
afterAll(() => api.stop());

describe('GET /api/tiers/{id}/card', () => {
  it('shows identity, hierarchy both ways, people with their function, and relations', async () => {
    const parent = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Maison Mère SA' }], siren: '480440569' }));
    const site = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Site de Lyon' }], siret: '48044056904719', parentId: parent.id }));
    const ana = await create(api, rep, person({ firstName: 'Ana', lastName: 'Roux', jobTitle: 'Chief Executive Officer', referenceFunction: 'ceo', phones: [{ type: 'mobile', number: '06 11 22 33 44' }], organisationId: parent.id }));
    const card = (await api.call('GET', `/api/tiers/${parent.id}/card`, { token: rep })).body;
    expect(card.tier).toMatchObject({ id: parent.id, siren: '480440569' });
    expect(card.hierarchy.establishments.map((e: { id: string }) => e.id)).toEqual([site.id]);
    expect(card.people.total).toBe(1);
    expect(card.people.items[0]).toMatchObject({ relation: { label: 'employs' }, person: { id: ana.id, jobTitle: 'Chief Executive Officer', referenceFunction: 'ceo', phones: [{ type: 'mobile' }] } });
    const siteCard = (await api.call('GET', `/api/tiers/${site.id}/card`, { token: rep })).body;
    expect(siteCard.hierarchy.parent).toMatchObject({ id: parent.id, name: 'Maison Mère SA' });
    const anaCard = (await api.call('GET', `/api/tiers/${ana.id}/card?lang=fr`, { token: rep })).body;
    expect(anaCard.relations[0]).toMatchObject({ label: 'travaille pour', other: { id: parent.id } });
  });

  it('names the Relais user who follows the tier; an owner who never used Relais stays as written', async () => {
    const tier = await create(api, rep, organisation());
    const ownerOf = (card: { facts: { name: string; value: unknown }[] }) => card.facts.find((f) => f.name === 'owner')?.value;
    // rep1 follows the tier they created, and is in the directory once they have logged something.
    const logged = await api.call('POST', '/api/interactions', { token: rep, body: interaction([tier.id]) });
    expect(logged.status).toBe(201);
    const card = (await api.call('GET', `/api/tiers/${tier.id}/card`, { token: rep })).body;
    expect(ownerOf(card)).toBe('rep1');
    expect(card.userNames).toEqual({ rep1: 'Rémi Rep' });
    const read = await api.call('GET', `/api/tiers/${tier.id}`, { token: rep });
    // Handing a tier to someone else is its managers' (or a steward's) call, not its rep's.
    const manager = await api.tokenFor({ userId: 'man1', name: 'Manon Manager', roles: ['manager'], teams: ['north'] });
    const patched = await api.call('PATCH', `/api/tiers/${tier.id}`, { token: manager, body: { owner: 'jamais.vu' }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(patched.status).toBe(200);
    const after = (await api.call('GET', `/api/tiers/${tier.id}/card`, { token: rep })).body;
    expect(ownerOf(after)).toBe('jamais.vu');
    // The former owner is still named for the fact's history; the new one is not a Relais user yet.
    expect(after.userNames).toEqual({ rep1: 'Rémi Rep' });
  });

  it('names who each open follow-up is for and who set it, and the timeline carries the notes', async () => {
    const tier = await create(api, rep, organisation());
    const colleague = await api.tokenFor({ userId: 'rep2', name: 'Romane Rep', roles: ['rep'], teams: ['north'] });
    // rep2 has used Relais (their to-do list), so the directory knows their name.
    expect((await api.call('GET', '/api/tasks', { token: colleague })).status).toBe(200);
    const body = { ...interaction([tier.id]), summary: 'Point sur les volumes.', tasks: [{ title: 'Rappeler', assigneeId: 'rep2' }] };
    const logged = await api.call('POST', '/api/interactions', { token: rep, body });
    expect(logged.status).toBe(201);
    const card = (await api.call('GET', `/api/tiers/${tier.id}/card`, { token: rep })).body;
    expect(card.openTasks).toMatchObject([{ title: 'Rappeler', assigneeId: 'rep2', createdBy: 'rep1', interactionId: logged.body.id }]);
    expect(card.userNames).toEqual({ rep1: 'Rémi Rep', rep2: 'Romane Rep' });
    expect(card.timeline.items[0]).toMatchObject({ interactionId: logged.body.id, summary: 'Point sur les volumes.' });
  });

  it('flags a fact unconfirmed for too long as stale, and "still true" confirms it', async () => {
    const past: Caller = { userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] };
    const { value: old } = await createTier({ ...api.app.deps, clock: { now: () => '2023-01-10T09:00:00.000Z' } }, past, organisation({ lifecycle: 'prospect' }));
    const before = (await api.call('GET', `/api/tiers/${old.id}/card`, { token: rep })).body;
    expect(before.facts.find((f: { name: string }) => f.name === 'lifecycle')).toMatchObject({ value: 'prospect', stale: true, validFrom: '2023-01-10T09:00:00.000Z' });
    const confirmed = await api.call('POST', `/api/tiers/${old.id}/facts/lifecycle/confirm`, { token: rep });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ value: 'prospect', stale: false, validFrom: '2023-01-10T09:00:00.000Z' });
    const after = (await api.call('GET', `/api/tiers/${old.id}/card`, { token: rep })).body;
    expect(after.facts.find((f: { name: string }) => f.name === 'lifecycle').stale).toBe(false);
    expect((await api.call('POST', `/api/tiers/${old.id}/facts/sign/confirm`, { token: rep })).status).toBe(404);
  });

  it('answers 404 for an unknown tier', async () => {
    expect((await api.call('GET', '/api/tiers/unknown-tier/card', { token: rep })).status).toBe(404);
  });
});

describe('change requests', () => {
  it('creates one for reference data, lists it by status and reads it', async () => {
    const tier = await create(api, rep, organisation());
    const created = await api.call('POST', '/api/change-requests', {
      token: rep,
      body: { tierId: tier.id, changes: [{ path: 'facts.lifecycle', from: null, to: 'client' }, { path: 'phones', to: ['01 02 03 04 05'] }], reason: 'Signé hier' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', requestedBy: 'rep1', reason: 'Signé hier' });
    const read = await api.call('GET', `/api/change-requests/${created.body.id}`, { token: rep });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBeTruthy();
    const pending = await api.call('GET', '/api/change-requests?status=pending', { token: rep });
    expect(pending.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
  });

  it('names every bad change: unknown path, bad value, no changes, unknown interaction', async () => {
    const tier = await create(api, rep, organisation());
    const bad = await api.call('POST', '/api/change-requests', {
      token: rep,
      body: { tierId: tier.id, changes: [{ path: 'status', to: 'erased' }, { path: 'facts.lifecycle', to: 'king' }, { path: 'siret', to: '123' }], interactionId: 'nope' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['changes.0.path', 'changes.1.to', 'changes.2.to', 'interactionId']);
    const empty = await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: tier.id, changes: [] } });
    expect(empty.status).toBe(400);
    expect((await api.call('POST', '/api/change-requests', { token: rep, body: { tierId: 'ghost', changes: [{ path: 'website', to: 'https://a.fr' }] } })).status).toBe(404);
  });
});
