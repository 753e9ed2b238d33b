import { mergeTiers, repairAll, type Caller, type Deps } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { runSeed, sirenFrom } from './french-ids';

let api: TestApi;
let rep: string;
let steward: string;
const stewardCaller: Caller = { userId: 'st1', name: 'Sandrine Steward', roles: ['steward'], teams: [] };
const seed = runSeed();
let n = 0;

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({ userId: stewardCaller.userId, name: stewardCaller.name, roles: ['steward'], teams: [] });
});
afterAll(() => api.stop());

type Tier = { id: string; [k: string]: unknown };

const create = async (body: Record<string, unknown>): Promise<Tier> => {
  const response = await api.call('POST', '/api/tiers?confirm=distinct', { token: rep, body });
  if (response.status !== 201) throw new Error(`create ${response.status}: ${response.text}`);
  return response.body;
};
const get = (id: string) => api.call('GET', `/api/tiers/${id}`, { token: steward });
const merge = (survivorId: string, duplicateId: string, token = steward, headers: Record<string, string> = {}) =>
  api.call('POST', `/api/tiers/${survivorId}/merge`, { token, body: { duplicateId }, headers });

/** Two organisations that are one company, the second with relations, interactions, tasks, a request, an establishment. */
const scene = async () => {
  n += 1;
  const tag = `${seed}x${n}`;
  const survivor = await create({
    kind: 'organisation', names: [{ type: 'legal', value: `Menuiserie Barthélemy ${tag} SARL` }], siren: sirenFrom(seed + n),
    emailDomains: [`barthelemy-${tag}.fr`], phones: ['01 23 45 67 89'], lifecycle: 'prospect',
    addresses: [{ kind: 'postal', lines: ['3 rue des Tanneurs'], postcode: '69003', city: 'Lyon', country: 'FR' }],
  });
  const duplicate = await create({
    kind: 'organisation', names: [{ type: 'legal', value: `Menuiserie Barthelemy ${tag}` }, { type: 'commercial', value: `Barthélemy Bois ${tag}` }],
    emailDomains: [`barthelemy-bois-${tag}.fr`], phones: ['04 72 10 20 30'], lifecycle: 'client',
    addresses: [{ kind: 'postal', lines: ['8 avenue Roger Salengro'], postcode: '69100', city: 'Villeurbanne', country: 'FR' }],
  });
  const read = await get(duplicate.id);
  const patched = await api.call('PATCH', `/api/tiers/${duplicate.id}`, { token: rep, body: { lifecycle: 'former' }, headers: { 'if-match': read.headers.get('etag')! } });
  expect(patched.status).toBe(200);
  const person = await create({ kind: 'person', civility: 'Mme', firstName: 'Odile', lastName: `Ferrand${tag}`, emails: [`odile@barthelemy-bois-${tag}.fr`], organisationId: duplicate.id });
  const client = await create({ kind: 'organisation', names: [{ type: 'legal', value: `Hôtel Quai Ouest ${tag}` }] });
  const relation = await api.call('POST', '/api/relations', { token: rep, body: { typeId: 'is-client-of', fromId: client.id, toId: duplicate.id, status: 'ongoing' } });
  expect(relation.status).toBe(201);
  const establishment = await create({ kind: 'organisation', names: [{ type: 'legal', value: `Dépôt Vaise ${tag}` }], parentId: duplicate.id });
  const logged = await api.call('POST', '/api/interactions', {
    token: rep,
    body: {
      direction: 'inbound', medium: 'phone', occurredAt: '2026-03-02T10:00:00+01:00', subject: `Devis escalier ${tag}`,
      participants: [{ tierId: duplicate.id }, { tierId: person.id }],
      tasks: [{ title: `Envoyer le devis ${tag}` }],
      changeRequests: [{ tierId: duplicate.id, changes: [{ path: 'website', to: `https://barthelemy-bois-${tag}.fr` }], reason: 'Nouveau site' }],
    },
  });
  expect(logged.status).toBe(201);
  return { tag, survivor, duplicate, person, client, establishment, relationId: relation.body.id as string, interaction: logged.body };
};

describe('POST /api/tiers/{id}/merge', () => {
  it('moves every kind of record to the survivor, keeps history, leaves a tombstone and one audit record', async () => {
    const s = await scene();
    const before = await get(s.survivor.id);
    const merged = await merge(s.survivor.id, s.duplicate.id, steward, { 'if-match': before.headers.get('etag')! });
    expect(merged.status).toBe(200);
    expect(merged.headers.get('etag')).toBeTruthy();
    expect(merged.headers.get('etag')).not.toBe(before.headers.get('etag'));

    const tombstone = await get(s.duplicate.id);
    expect(tombstone.status).toBe(200);
    expect(tombstone.body).toMatchObject({ status: 'merged', mergedInto: s.survivor.id });

    const survivor = merged.body;
    expect(survivor.names.map((x: { value: string }) => x.value)).toEqual(
      expect.arrayContaining([`Menuiserie Barthélemy ${s.tag} SARL`, `Barthélemy Bois ${s.tag}`]),
    );
    expect(survivor.emailDomains).toEqual(expect.arrayContaining([`barthelemy-${s.tag}.fr`, `barthelemy-bois-${s.tag}.fr`]));
    expect(survivor.phones).toHaveLength(2);
    expect(survivor.addresses.map((a: { city: string }) => a.city).sort()).toEqual(['Lyon', 'Villeurbanne']);
    // The survivor's lifecycle stays current; the duplicate's client and former join the history, closed.
    expect(survivor.lifecycle).toBe('prospect');
    const history = await api.call('GET', `/api/tiers/${s.survivor.id}/facts/lifecycle/history`, { token: steward });
    const versions = [...history.body.items].sort((a: { validFrom: string }, b: { validFrom: string }) => a.validFrom.localeCompare(b.validFrom));
    expect(versions.map((v: { value: string }) => v.value)).toEqual(['prospect', 'client', 'former']);
    expect(versions.filter((v: { validTo: string | null }) => v.validTo === null)).toEqual([expect.objectContaining({ value: 'prospect' })]);
    expect(versions.find((v: { value: string }) => v.value === 'client').source).toMatchObject({ kind: 'merge', id: s.duplicate.id });

    const relations = await api.call('GET', `/api/tiers/${s.survivor.id}/relations`, { token: steward });
    expect(relations.body.items.map((r: { other: { id: string } }) => r.other.id).sort()).toEqual([s.client.id, s.person.id].sort());
    const personSide = await api.call('GET', `/api/tiers/${s.person.id}/relations`, { token: steward });
    expect(personSide.body.items.map((r: { other: { id: string } }) => r.other.id)).toEqual([s.survivor.id]);
    const clientSide = await api.call('GET', `/api/tiers/${s.client.id}/relations`, { token: steward });
    expect(clientSide.body.items.map((r: { other: { id: string } }) => r.other.id)).toEqual([s.survivor.id]);
    // The other ends word the survivor by the name it goes by now.
    const shown = (survivor.names.find((x: { type: string }) => x.type === 'commercial') ?? survivor.names.find((x: { type: string }) => x.type === 'legal')).value;
    expect([personSide.body.items[0].other.name, clientSide.body.items[0].other.name]).toEqual([shown, shown]);
    expect((await api.call('GET', `/api/relations/${s.relationId}`, { token: steward })).body).toMatchObject({ toId: s.survivor.id });

    const card = await api.call('GET', `/api/tiers/${s.survivor.id}/card`, { token: steward });
    expect(card.status).toBe(200);
    expect(card.body.timeline.items.map((e: { interactionId: string }) => e.interactionId)).toContain(s.interaction.id);
    expect(card.body.openTasks.map((t: { title: string }) => t.title)).toContain(`Envoyer le devis ${s.tag}`);
    expect(card.body.pendingChangeRequests).toHaveLength(1);
    const interaction = await api.call('GET', `/api/interactions/${s.interaction.id}`, { token: steward });
    expect(interaction.body.participants.map((p: { tierId: string }) => p.tierId).sort()).toEqual([s.survivor.id, s.person.id].sort());
    const tasks = await api.call('GET', '/api/tasks?assignee=me', { token: rep });
    const task = tasks.body.items.find((t: { title: string }) => t.title === `Envoyer le devis ${s.tag}`);
    expect(task.tierIds).toContain(s.survivor.id);
    expect(task.tierIds).not.toContain(s.duplicate.id);
    const request = await api.call('GET', `/api/change-requests/${s.interaction.changeRequestIds[0]}`, { token: steward });
    expect(request.body).toMatchObject({ tierId: s.survivor.id, status: 'pending' });
    expect((await get(s.establishment.id)).body.parentId).toBe(s.survivor.id);

    const lookup = await api.call('POST', '/api/lookup', { token: rep, body: { emails: [`nouveau@barthelemy-bois-${s.tag}.fr`] } });
    expect(lookup.text).toContain(s.survivor.id);
    expect(lookup.text).not.toContain(s.duplicate.id);
    const search = await api.call('GET', `/api/tiers?q=${encodeURIComponent(`Barthélemy Bois ${s.tag}`)}`, { token: rep });
    expect(search.body.items.map((t: { id: string }) => t.id)).toEqual([s.survivor.id]);

    const audit = await api.app.stores.audit.byTarget('tier', s.survivor.id);
    expect(audit.filter((r) => r.action === 'tier.merged')).toEqual([expect.objectContaining({ actorId: stewardCaller.userId, details: expect.objectContaining({ duplicateId: s.duplicate.id }) })]);

    const again = await merge(s.survivor.id, s.duplicate.id);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(s.survivor.id);
    expect((await api.app.stores.audit.byTarget('tier', s.survivor.id)).filter((r) => r.action === 'tier.merged')).toHaveLength(1);
  });

  it('refuses what is not a merge: itself, a person into an organisation, into or from a tombstone, a stale ETag, a rep', async () => {
    const s = await scene();
    expect((await merge(s.survivor.id, s.survivor.id)).body.code).toBe('TIER.MERGE_INTO_ITSELF');
    expect((await merge(s.survivor.id, s.survivor.id)).status).toBe(422);
    const kind = await merge(s.survivor.id, s.person.id);
    expect([kind.status, kind.body.code]).toEqual([422, 'TIER.MERGE_KIND_MISMATCH']);
    expect((await merge(s.survivor.id, 'no-such-tier')).status).toBe(422);
    expect((await merge(s.survivor.id, s.duplicate.id, rep)).status).toBe(403);
    const stale = await merge(s.survivor.id, s.duplicate.id, steward, { 'if-match': 'W/"stale"' });
    expect(stale.status).toBe(412);
    expect((await get(s.duplicate.id)).body.status).toBe('active');

    expect((await merge(s.survivor.id, s.duplicate.id)).status).toBe(200);
    const intoTombstone = await merge(s.duplicate.id, s.client.id);
    expect([intoTombstone.status, intoTombstone.body.code]).toEqual([409, 'TIER.MERGED']);
    expect(intoTombstone.body.mergedInto).toBe(s.survivor.id);
    const fromTombstone = await merge(s.client.id, s.duplicate.id);
    expect(fromTombstone.status).toBe(409);
    expect((await get(s.client.id)).body.status).toBe('active');
  });

  it('refuses two organisations with different SIRENs (two legal entities)', async () => {
    const a = await create({ kind: 'organisation', names: [{ type: 'legal', value: `Scierie Jourdan ${seed}` }], siren: sirenFrom(seed + 500) });
    const b = await create({ kind: 'organisation', names: [{ type: 'legal', value: `Scierie Jourdan ${seed}` }], siren: sirenFrom(seed + 501) });
    const refused = await merge(a.id, b.id);
    expect([refused.status, refused.body.code]).toEqual([422, 'TIER.MERGE_IDENTITY_CONFLICT']);
  });
});

/** The same real stores, with one kind of write failing the first `times` times: a crash mid-merge. */
const crashing = (deps: Deps, port: 'tiers' | 'interactions' | 'index' | 'tasks', method: string, times = 1): Deps => {
  let crashes = 0;
  const store = deps[port] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const wrapped = {
    ...store,
    [method]: async (...args: unknown[]) => {
      if (crashes < times) {
        crashes += 1;
        throw new Error('simulated crash');
      }
      return store[method]!(...args);
    },
  };
  return { ...deps, [port]: wrapped };
};

describe('a merge interrupted half-way', () => {
  it('is completed by running it again: nothing lost, nothing twice', async () => {
    const s = await scene();
    await expect(mergeTiers(crashing(api.app.deps, 'interactions', 'replace'), stewardCaller, s.survivor.id, { duplicateId: s.duplicate.id })).rejects.toThrow(
      'simulated crash',
    );
    expect((await get(s.duplicate.id)).body.status).toBe('merged');
    expect((await get(s.survivor.id)).body.emailDomains).toEqual([`barthelemy-${s.tag}.fr`]);
    const resumed = await merge(s.survivor.id, s.duplicate.id);
    expect(resumed.status).toBe(200);
    expect(resumed.body.emailDomains).toHaveLength(2);
    const interaction = await api.call('GET', `/api/interactions/${s.interaction.id}`, { token: steward });
    expect(interaction.body.participants.map((p: { tierId: string }) => p.tierId).sort()).toEqual([s.survivor.id, s.person.id].sort());
    const history = await api.call('GET', `/api/tiers/${s.survivor.id}/facts/lifecycle/history`, { token: steward });
    expect(history.body.items).toHaveLength(3);
  });

  it('is completed by the repair pass when nobody runs it again', async () => {
    const s = await scene();
    await expect(mergeTiers(crashing(api.app.deps, 'tiers', 'putRelation'), stewardCaller, s.survivor.id, { duplicateId: s.duplicate.id })).rejects.toThrow(
      'simulated crash',
    );
    await repairAll(api.app.deps);
    const survivor = await get(s.survivor.id);
    expect(survivor.body.names.map((x: { value: string }) => x.value)).toContain(`Barthélemy Bois ${s.tag}`);
    const relations = await api.call('GET', `/api/tiers/${s.survivor.id}/relations`, { token: steward });
    expect(relations.body.items.map((r: { other: { id: string } }) => r.other.id).sort()).toEqual([s.client.id, s.person.id].sort());
    const audit = await api.app.stores.audit.byTarget('tier', s.survivor.id);
    expect(audit.filter((r) => r.action === 'tier.merged')).toHaveLength(1);
  });
});

describe('merges racing on the same pair', () => {
  it('the same merge twice at once: both answer the survivor, records moved once', async () => {
    const s = await scene();
    const results = await Promise.all([merge(s.survivor.id, s.duplicate.id), merge(s.survivor.id, s.duplicate.id)]);
    expect(results.map((r) => r.status).filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    for (const r of results) expect([200, 409]).toContain(r.status);
    const final = await merge(s.survivor.id, s.duplicate.id);
    expect(final.status).toBe(200);
    expect((await get(s.duplicate.id)).body).toMatchObject({ status: 'merged', mergedInto: s.survivor.id });
    const card = await api.call('GET', `/api/tiers/${s.survivor.id}/card`, { token: steward });
    expect(card.body.timeline.items.filter((e: { interactionId: string }) => e.interactionId === s.interaction.id)).toHaveLength(1);
    expect(final.body.names.filter((x: { value: string }) => x.value === `Barthélemy Bois ${s.tag}`)).toHaveLength(1);
  });

  it('crossing merges (A into B, B into A): one wins at most, neither loses its data', async () => {
    const s = await scene();
    const [ab, ba] = await Promise.all([merge(s.survivor.id, s.duplicate.id), merge(s.duplicate.id, s.survivor.id)]);
    const [a, b] = await Promise.all([get(s.survivor.id), get(s.duplicate.id)]);
    expect([a.body.status, b.body.status]).not.toEqual(['merged', 'merged']);
    expect([ab.status, ba.status].filter((status) => status === 200).length).toBeLessThanOrEqual(1);
    const winner = a.body.status === 'active' && b.body.status === 'merged' ? a : b.body.status === 'active' && a.body.status === 'merged' ? b : undefined;
    if (winner) {
      const values = winner.body.names.map((x: { value: string }) => x.value);
      expect(values).toEqual(expect.arrayContaining([`Menuiserie Barthélemy ${s.tag} SARL`, `Barthélemy Bois ${s.tag}`]));
    }
  });
});
