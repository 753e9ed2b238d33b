import { archiveTier, createTier, type Caller } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person } from '../support/factories';
import { tierReadsDuring } from '../support/store-reads';
import { allPages as pagesOf, inBatches, staleRetry } from '../support/paging';

const SHOPS = 150;
const REP: Caller = { userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] };
const STEWARD: Caller = { userId: 'stew', name: 'Sophie Steward', roles: ['steward'], teams: [] };

type Summary = { id: string; name: string; city: string | null };
type EstablishmentsBody = { items: Summary[]; total: number; nextCursor: string | null };

let api: TestApi;
let rep: string;
let south: string;
let steward: string;
let groupId: string;
/** The establishments' ids by number; three are "Comptoir" shops, for the search, the others "Magasin NNN". */
const shops: string[] = [];
const COMPTOIRS = [7, 70, 140];

const shopName = (i: number) =>
  COMPTOIRS.includes(i)
    ? `Comptoir Éléonore ${String(i).padStart(3, '0')} SAS`
    : `Magasin ${String(i).padStart(3, '0')} SAS`;

const allPages = (token: string, path: string, limit: number) => pagesOf<Summary>(api, token, path, limit);

const patchAs = async (token: string, tierId: string, body: Record<string, unknown>) => {
  const current = await api.call('GET', `/api/tiers/${tierId}`, { token });
  const patched = await api.call('PATCH', `/api/tiers/${tierId}`, {
    token,
    body,
    headers: { 'if-match': current.headers.get('etag') ?? '' },
  });
  expect(patched.status).toBe(200);
};

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  south = await api.tokenFor({ userId: 'rep9', name: 'Sud Rep', roles: ['rep'], teams: ['south'] });
  steward = await api.tokenFor({ userId: 'stew', name: 'Sophie Steward', roles: ['steward'], teams: [] });
  groupId = (
    await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Groupe Enseignes Réunies SA' }] }))
  ).id;
  const deps = api.app.deps;
  // Through the creation use case, which writes the `parent` index entries as the API does.
  await inBatches(SHOPS, 16, async (i) => {
    const { value } = await staleRetry(() =>
      createTier(
        deps,
        i === 99 ? STEWARD : REP,
        organisation({
          names: [{ type: 'legal', value: shopName(i) }],
          parentId: groupId,
          // One shop belongs to the south team and is restricted: north's reps do not see it.
          ...(i === 99 ? { ownerTeam: 'south', confidentiality: 'restricted' } : {}),
        }),
        { confirm: 'distinct' },
      ),
    );
    shops[i] = value.id;
  });
}, 240_000);
afterAll(() => api.stop());

describe('an organisation with 150 establishments', () => {
  it('the card carries the first fifty by name and the exact total, reading only what it shows', async () => {
    const { result: card, read } = await tierReadsDuring(api.app.deps, () =>
      api.call('GET', `/api/tiers/${groupId}/card`, { token: rep }),
    );
    expect(card.status).toBe(200);
    const { establishments, establishmentsPage } = card.body.hierarchy;
    expect(establishmentsPage.total).toBe(SHOPS - 1);
    expect(establishmentsPage.nextCursor).toEqual(expect.any(String));
    expect(establishments).toHaveLength(50);
    const names = establishments.map((e: Summary) => e.name);
    expect(names.slice(0, 4)).toEqual([shopName(7), shopName(70), shopName(140), shopName(0)]);
    expect(names).not.toContain(shopName(99));
    expect(read.length).toBeLessThanOrEqual(60);
  });

  it('GET /establishments pages through every visible one exactly once, in the card order', async () => {
    const card = (await api.call('GET', `/api/tiers/${groupId}/card`, { token: rep })).body;
    const rest = await allPages(
      rep,
      `/api/tiers/${groupId}/establishments?cursor=${encodeURIComponent(card.hierarchy.establishmentsPage.nextCursor)}`,
      40,
    );
    const everyone = [...card.hierarchy.establishments, ...rest].map((e: Summary) => e.id);
    expect(everyone).toHaveLength(SHOPS - 1);
    expect(new Set(everyone)).toEqual(new Set(shops.filter((_, i) => i !== 99)));
    expect((await allPages(rep, `/api/tiers/${groupId}/establishments`, 33)).map((e) => e.id)).toEqual(
      everyone,
    );
    // A steward sees them all, the restricted one included, in its place by name.
    const all = await allPages(steward, `/api/tiers/${groupId}/establishments`, 200);
    expect(all).toHaveLength(SHOPS);
    expect(all.map((e) => e.name).indexOf(shopName(99))).toBe(
      all.map((e) => e.name).indexOf(shopName(98)) + 1,
    );
  });

  it('finds establishments by the start of the words of their names, accents aside', async () => {
    const found = await api.call<EstablishmentsBody>(
      'GET',
      `/api/tiers/${groupId}/establishments?q=ELEO&limit=2`,
      {
        token: rep,
      },
    );
    expect(found.status).toBe(200);
    expect(found.body.total).toBe(COMPTOIRS.length);
    expect(found.body.items.map((e) => e.name)).toEqual([shopName(7), shopName(70)]);
    const rest = await api.call<EstablishmentsBody>(
      'GET',
      `/api/tiers/${groupId}/establishments?q=ELEO&limit=2&cursor=${encodeURIComponent(found.body.nextCursor ?? '')}`,
      { token: rep },
    );
    expect(rest.body.items.map((e) => e.name)).toEqual([shopName(140)]);
    expect(rest.body.nextCursor).toBeNull();
    const one = await api.call<EstablishmentsBody>(
      'GET',
      `/api/tiers/${groupId}/establishments?q=magasin%20042`,
      {
        token: rep,
      },
    );
    expect(one.body.items.map((e) => e.id)).toEqual([shops[42]]);
  });

  it('names every bad parameter with 400, never 500, and hides a group the caller may not see', async () => {
    const bad = await api.call('GET', `/api/tiers/${groupId}/establishments?limit=500&colour=red`, {
      token: rep,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['colour', 'limit']);
    const cursor = await api.call('GET', `/api/tiers/${groupId}/establishments?cursor=zz`, { token: rep });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
    expect((await api.call('GET', '/api/tiers/nobody/establishments', { token: rep })).status).toBe(404);
    const hidden = (await create(api, rep, organisation({ confidentiality: 'confidential' }))).id;
    expect((await api.call('GET', `/api/tiers/${hidden}/establishments`, { token: south })).status).toBe(404);
    const someone = (await create(api, rep, person())).id;
    const none = await api.call<EstablishmentsBody>('GET', `/api/tiers/${someone}/establishments`, {
      token: rep,
    });
    expect(none.body).toEqual({ items: [], total: 0, nextCursor: null });
  });
});

describe('the index entry follows its establishment', () => {
  it('a rename moves it in the order, a guard change shows or hides it, an archive takes it out', async () => {
    const before = await allPages(south, `/api/tiers/${groupId}/establishments`, 200);
    expect(before.map((e) => e.id)).toContain(shops[99]);

    await patchAs(steward, shops[5]!, { names: [{ type: 'legal', value: 'Atelier Zéro SAS' }] });
    await patchAs(steward, shops[99]!, { confidentiality: 'public', ownerTeam: 'north' });
    await patchAs(steward, shops[6]!, { confidentiality: 'confidential' });
    await archiveTier(api.app.deps, shops[8]!);

    const { result, read } = await tierReadsDuring(api.app.deps, () =>
      api.call('GET', `/api/tiers/${groupId}/card`, { token: south }),
    );
    const card = result.body;
    expect(card.hierarchy.establishmentsPage.total).toBe(SHOPS - 2);
    expect(card.hierarchy.establishments[0]).toMatchObject({ id: shops[5], name: 'Atelier Zéro SAS' });
    expect(read.length).toBeLessThanOrEqual(60);
    const after = (await allPages(south, `/api/tiers/${groupId}/establishments`, 200)).map((e) => e.id);
    expect(after).toContain(shops[99]);
    expect(after).not.toContain(shops[6]);
    expect(after).not.toContain(shops[8]);
    expect(after).toHaveLength(SHOPS - 2);
  });

  it('an entry written before entries carried data is checked by reading its tier', async () => {
    const deps = api.app.deps;
    const legacyGroup = (await create(api, rep, organisation())).id;
    const open = (await create(api, rep, organisation({ parentId: legacyGroup }))).id;
    const restricted = (
      await create(api, rep, organisation({ parentId: legacyGroup, confidentiality: 'restricted' }))
    ).id;
    // As an older version wrote them: the key and the target only.
    await Promise.all([open, restricted].map((id) => deps.index.put('parent', legacyGroup, id)));
    const theirs = (await api.call('GET', `/api/tiers/${legacyGroup}/card`, { token: south })).body;
    expect(theirs.hierarchy.establishmentsPage.total).toBe(1);
    expect(theirs.hierarchy.establishments.map((e: Summary) => e.id)).toEqual([open]);
    const mine = (await api.call('GET', `/api/tiers/${legacyGroup}/card`, { token: rep })).body;
    expect(mine.hierarchy.establishmentsPage.total).toBe(2);
  });
});
