import { startApi, type TestApi } from '../support/api-harness';
import { runSeed } from './french-ids';

let api: TestApi;
let north: string;
let south: string;
let steward: string;
const seed = runSeed();
let n = 0;

beforeAll(async () => {
  api = await startApi();
  north = await api.tokenFor({ userId: 'rep-nord', name: 'Nadia Nord', roles: ['rep'], teams: ['nord'] });
  south = await api.tokenFor({ userId: 'rep-sud', name: 'Samuel Sud', roles: ['rep'], teams: ['sud'] });
  steward = await api.tokenFor({ userId: 'st1', name: 'Sandrine Steward', roles: ['steward'], teams: [] });
});
afterAll(() => api.stop());

type Tier = { id: string; [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const create = async (token: string, body: Record<string, unknown>): Promise<Tier> => {
  const response = await api.call('POST', '/api/tiers?confirm=distinct', { token, body });
  if (response.status !== 201) throw new Error(`create ${response.status}: ${response.text}`);
  return response.body;
};
const get = (id: string) => api.call('GET', `/api/tiers/${id}`, { token: steward });
const post = (path: string, body: unknown, token = steward) => api.call('POST', path, { token, body });
const factNow = async (id: string, name: string) =>
  (await api.call('GET', `/api/tiers/${id}/card`, { token: steward })).body.facts.find((f: { name: string }) => f.name === name)?.value;

/** The same organisation saved by a rep of the north and, later, by a rep of the south, with what hangs on the second. */
const scene = async () => {
  n += 1;
  const tag = `${seed}u${n}`;
  const survivor = await create(north, {
    kind: 'organisation', names: [{ type: 'legal', value: `Menuiserie Caron ${tag}` }], emailDomains: [`caron-${tag}.fr`],
    website: `https://caron-${tag}.fr`, lifecycle: 'client',
  });
  const duplicate = await create(south, {
    kind: 'organisation', names: [{ type: 'legal', value: `Menuiserie Caron ${tag}` }, { type: 'commercial', value: `Caron Bois ${tag}` }],
    emailDomains: [`caron-bois-${tag}.fr`], website: `https://caron-bois-${tag}.fr`, lifecycle: 'prospect',
  });
  const person = await create(south, { kind: 'person', firstName: 'Odile', lastName: `Ferrand${tag}`, emails: [`odile@caron-bois-${tag}.fr`], organisationId: duplicate.id });
  const establishment = await create(south, { kind: 'organisation', names: [{ type: 'legal', value: `Dépôt Caron ${tag}` }], parentId: duplicate.id });
  const logged = await post('/api/interactions', {
    direction: 'inbound', medium: 'phone', occurredAt: '2026-03-02T10:00:00+01:00', subject: `Devis ${tag}`,
    participants: [{ tierId: duplicate.id }, { tierId: person.id }], tasks: [{ title: `Rappeler ${tag}` }],
    changeRequests: [{ tierId: duplicate.id, changes: [{ path: 'facts.sign', to: `Caron ${tag}` }] }],
  }, south);
  expect(logged.status).toBe(201);
  return { tag, survivor, duplicate, person, establishment, interaction: logged.body };
};

describe('merging keeps the survivor’s facts and owner unless the steward picks otherwise', () => {
  it('keeps who follows the survivor and its lifecycle; the duplicate’s become history', async () => {
    const s = await scene();
    const merged = await post(`/api/tiers/${s.survivor.id}/merge`, { duplicateId: s.duplicate.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ owner: 'rep-nord', lifecycle: 'client', website: `https://caron-${s.tag}.fr` });
    expect(await factNow(s.survivor.id, 'owner')).toBe('rep-nord');
    const history = await api.call('GET', `/api/tiers/${s.survivor.id}/facts/owner/history`, { token: steward });
    expect(history.body.items.map((v: { value: string; validTo: string | null }) => [v.value, v.validTo === null]).sort()).toEqual([['rep-nord', true], ['rep-sud', false]]);
    expect(history.body.items.find((v: { value: string }) => v.value === 'rep-sud').source).toMatchObject({ kind: 'merge', id: s.duplicate.id });
  });

  it('takes, field by field, what the steward picked from the duplicate', async () => {
    const s = await scene();
    const merged = await post(`/api/tiers/${s.survivor.id}/merge`, { duplicateId: s.duplicate.id, picks: { 'facts.owner': 'duplicate', website: 'duplicate', emailDomains: 'survivor' } });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ owner: 'rep-sud', lifecycle: 'client', website: `https://caron-bois-${s.tag}.fr`, emailDomains: [`caron-${s.tag}.fr`] });
    expect(await factNow(s.survivor.id, 'owner')).toBe('rep-sud');
  });

  it('refuses picks that name no pickable field, naming each', async () => {
    const s = await scene();
    const refused = await post(`/api/tiers/${s.survivor.id}/merge`, { duplicateId: s.duplicate.id, picks: { ownerTeam: 'duplicate', website: 'both', 'facts.nonsense': 'duplicate' } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['picks.facts.nonsense', 'picks.ownerTeam', 'picks.website']);
    expect((await get(s.duplicate.id)).body.status).toBe('active');
  });
});

describe('POST /api/tiers/{id}/merge/preview', () => {
  it('shows what each field and fact will become, with the picks, and writes nothing', async () => {
    const s = await scene();
    const before = await get(s.survivor.id);
    const preview = await post(`/api/tiers/${s.survivor.id}/merge/preview`, { duplicateId: s.duplicate.id, picks: { website: 'duplicate' } });
    expect(preview.status).toBe(200);
    const field = (name: string) => preview.body.fields.find((f: { field: string }) => f.field === name);
    expect(field('facts.owner')).toMatchObject({ survivor: 'rep-nord', duplicate: 'rep-sud', result: 'rep-nord', pick: 'survivor', choices: ['survivor', 'duplicate'], same: false });
    expect(field('website')).toMatchObject({ result: `https://caron-bois-${s.tag}.fr`, pick: 'duplicate' });
    expect(field('emailDomains')).toMatchObject({ pick: 'both', result: [`caron-${s.tag}.fr`, `caron-bois-${s.tag}.fr`] });
    expect(preview.body.moves).toMatchObject({ relations: 1, interactions: 1, tasks: 1, changeRequests: 1 });
    expect(preview.body.undoHours).toBe(24);
    expect((await get(s.duplicate.id)).body.status).toBe('active');
    expect((await get(s.survivor.id)).headers.get('etag')).toBe(before.headers.get('etag'));
    expect((await post(`/api/tiers/${s.survivor.id}/merge/preview`, { duplicateId: s.duplicate.id }, north)).status).toBe(403);
  });
});

describe('POST /api/tiers/{id}/merge/undo', () => {
  it('restores the duplicate, its relations, interactions, tasks, requests and establishments, and the survivor as it was', async () => {
    const s = await scene();
    const survivorBefore = (await get(s.survivor.id)).body;
    expect((await post(`/api/tiers/${s.survivor.id}/merge`, { duplicateId: s.duplicate.id })).status).toBe(200);
    const undone = await post(`/api/tiers/${s.survivor.id}/merge/undo`, { duplicateId: s.duplicate.id });
    expect(undone.status).toBe(200);
    expect(undone.body.names).toEqual(survivorBefore.names);
    expect(undone.body.emailDomains).toEqual(survivorBefore.emailDomains);

    expect((await get(s.duplicate.id)).body).toMatchObject({ status: 'active', names: s.duplicate.names });
    expect((await get(s.duplicate.id)).body).not.toHaveProperty('mergedInto');
    const relations = await api.call('GET', `/api/tiers/${s.duplicate.id}/relations`, { token: steward });
    expect(relations.body.items.map((r: { other: { id: string } }) => r.other.id)).toEqual([s.person.id]);
    const personSide = await api.call('GET', `/api/tiers/${s.person.id}/relations`, { token: steward });
    expect(personSide.body.items.map((r: { other: { id: string } }) => r.other.id)).toEqual([s.duplicate.id]);
    expect((await api.call('GET', `/api/tiers/${s.survivor.id}/relations`, { token: steward })).body.items).toEqual([]);
    const interaction = await api.call('GET', `/api/interactions/${s.interaction.id}`, { token: steward });
    expect(interaction.body.participants.map((p: { tierId: string }) => p.tierId).sort()).toEqual([s.duplicate.id, s.person.id].sort());
    const survivorCard = await api.call('GET', `/api/tiers/${s.survivor.id}/card`, { token: steward });
    expect(survivorCard.body.timeline.items).toEqual([]);
    expect(survivorCard.body.openTasks).toEqual([]);
    expect(survivorCard.body.pendingChangeRequests).toEqual([]);
    const duplicateCard = await api.call('GET', `/api/tiers/${s.duplicate.id}/card`, { token: steward });
    expect(duplicateCard.body.timeline.items.map((e: { interactionId: string }) => e.interactionId)).toEqual([s.interaction.id]);
    expect(duplicateCard.body.openTasks.map((t: { tierIds: string[] }) => t.tierIds.sort())).toEqual([[s.duplicate.id, s.person.id].sort()]);
    expect(duplicateCard.body.pendingChangeRequests.map((r: { tierId: string }) => r.tierId)).toEqual([s.duplicate.id]);
    expect(await factNow(s.duplicate.id, 'owner')).toBe('rep-sud');
    expect((await get(s.establishment.id)).body.parentId).toBe(s.duplicate.id);
    const lookup = await post('/api/lookup', { emails: [`x@caron-bois-${s.tag}.fr`] });
    expect(lookup.text).toContain(s.duplicate.id);
    const audit = await api.app.stores.audit.byTarget('tier', s.survivor.id);
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['tier.merged', 'tier.merge-undone']));

    // Undone, the pair can be merged again.
    expect((await post(`/api/tiers/${s.survivor.id}/merge`, { duplicateId: s.duplicate.id })).status).toBe(200);
    expect((await get(s.duplicate.id)).body.status).toBe('merged');
  });

  it('refuses with 409 when the survivor changed since the merge, and nothing is undone', async () => {
    const s = await scene();
    const merged = await post(`/api/tiers/${s.survivor.id}/merge`, { duplicateId: s.duplicate.id });
    const patched = await api.call('PATCH', `/api/tiers/${s.survivor.id}`, { token: steward, headers: { 'if-match': merged.headers.get('etag')! }, body: { website: `https://caron-neuf-${s.tag}.fr` } });
    expect(patched.status).toBe(200);
    const refused = await post(`/api/tiers/${s.survivor.id}/merge/undo`, { duplicateId: s.duplicate.id });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'MERGE.UNDO_UNSAFE', errors: [{ path: 'survivor' }] });
    expect((await get(s.duplicate.id)).body.status).toBe('merged');
    expect((await get(s.survivor.id)).body.website).toBe(`https://caron-neuf-${s.tag}.fr`);
  });

  it('refuses a pair that was never merged, and a rep', async () => {
    const s = await scene();
    const never = await post(`/api/tiers/${s.survivor.id}/merge/undo`, { duplicateId: s.duplicate.id });
    expect([never.status, never.body.code]).toEqual([409, 'MERGE.NOT_FOUND']);
    expect((await post(`/api/tiers/${s.survivor.id}/merge/undo`, { duplicateId: s.duplicate.id }, north)).status).toBe(403);
  });

  it('refuses once the undo period is over', async () => {
    const short = await startApi({ RELAIS_MERGE_UNDO_HOURS: '0' });
    try {
      const token = await short.tokenFor({ userId: 'st2', name: 'Steward', roles: ['steward'], teams: [] });
      const make = (name: string) => short.call('POST', '/api/tiers?confirm=distinct', { token, body: { kind: 'organisation', names: [{ type: 'legal', value: name }] } });
      const [a, b] = [(await make(`Scierie Roux ${seed}`)).body.id, (await make(`Scierie Roux ${seed}`)).body.id];
      expect((await short.call('POST', `/api/tiers/${a}/merge`, { token, body: { duplicateId: b } })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const late = await short.call('POST', `/api/tiers/${a}/merge/undo`, { token, body: { duplicateId: b } });
      expect([late.status, late.body.code]).toEqual([409, 'MERGE.UNDO_EXPIRED']);
    } finally {
      await short.stop();
    }
  });
});
