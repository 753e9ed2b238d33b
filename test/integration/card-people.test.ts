import {
  archiveTier,
  createRelation,
  createTier,
  Person,
  type Caller,
  type Deps,
  type RelationEdge,
} from '@relais/domain';
import { startApi, type ApiResponse, type TestApi } from '../support/api-harness';
import { create, organisation, person } from '../support/factories';
import { tierReadsDuring } from '../support/store-reads';
import { allPages as pagesOf, inBatches, staleRetry } from '../support/paging';

const PEOPLE = 500;
const REP: Caller = { userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] };

let api: TestApi;
let rep: string;
let orgId: string;

/** Three of them are called Jérôme, for the search; the others are numbered, so none can start like "Jéro". */
const JEROMES = [12, 15, 18];

/**
 * A person written straight into the tier store (matching and search indexes are not what is tested
 * here, and building them 500 times dominates the run), then related through the relation use case,
 * which writes the edges and their guards as the API does.
 */
const addPerson = async (deps: Deps, i: number) => {
  const id = `cp${orgId.slice(0, 8)}p${String(i).padStart(3, '0')}`;
  const draft = person(
    JEROMES.includes(i) ? { firstName: 'Jérôme' } : { firstName: `Prénom${i}`, lastName: `Nom${i}` },
  );
  const at = deps.clock.now();
  const tier = Person.parse({
    ...draft,
    id,
    ownerTeam: 'north',
    confidentiality: 'public',
    status: 'active',
    createdAt: at,
    createdBy: REP.userId,
    updatedAt: at,
  });
  await deps.tiers.create(tier, []);
  return id;
};

type PeopleBody = {
  items: { person: { id: string; name: string; prospectingObjection: boolean } }[];
  total: number;
  nextCursor: string | null;
};

/** The ids of every person of a paged list. */
const allPages = async (token: string, path: string, limit: number) =>
  (await pagesOf<PeopleBody['items'][number]>(api, token, path, limit)).map((i) => i.person.id);

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  const deps = api.app.deps;
  orgId = (
    await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Grande Maison Plurielle SA' }] }))
  ).id;
  const ids = new Array<string>(PEOPLE);
  await inBatches(PEOPLE, 16, async (i) => (ids[i] = await addPerson(deps, i)));
  // The organisation's summary is rewritten under its ETag by each relation: a few at a time.
  await inBatches(PEOPLE, 4, (i) =>
    staleRetry(() =>
      createRelation(deps, REP, { typeId: 'works-for', fromId: ids[i], toId: orgId, status: 'ongoing' }),
    ),
  );
}, 240_000);
afterAll(() => api.stop());

describe('an organisation with 500 people', () => {
  it('the card carries a bounded first page and the exact total, reading only what it shows', async () => {
    const { result: card, read } = await tierReadsDuring(api.app.deps, () =>
      api.call('GET', `/api/tiers/${orgId}/card`, { token: rep }),
    );
    expect(card.status).toBe(200);
    expect(card.body.people.total).toBe(PEOPLE);
    expect(card.body.people.items).toHaveLength(50);
    expect(card.body.people.nextCursor).toEqual(expect.any(String));
    expect(card.body.relationsPage).toEqual({ total: 0, nextCursor: null });
    expect(read.length).toBeLessThanOrEqual(60);
  });

  it('pages through every person exactly once, in the card order, from the card onwards', async () => {
    const card = (await api.call('GET', `/api/tiers/${orgId}/card`, { token: rep })).body;
    const first = await api.call<PeopleBody>('GET', `/api/tiers/${orgId}/people?limit=50`, { token: rep });
    expect(first.body.items.map((i) => i.person.id)).toEqual(
      card.people.items.map((i: { person: { id: string } }) => i.person.id),
    );
    const rest = await allPages(
      rep,
      `/api/tiers/${orgId}/people?cursor=${encodeURIComponent(card.people.nextCursor)}`,
      200,
    );
    const everyone = [...card.people.items.map((i: { person: { id: string } }) => i.person.id), ...rest];
    expect(everyone).toHaveLength(PEOPLE);
    expect(new Set(everyone).size).toBe(PEOPLE);
    expect(await allPages(rep, `/api/tiers/${orgId}/people`, 37)).toEqual(everyone);
  });

  it('finds people by the start of their names, accents aside, with the matching total', async () => {
    const found = await api.call<PeopleBody>('GET', `/api/tiers/${orgId}/people?q=JERO&limit=2`, {
      token: rep,
    });
    expect(found.status).toBe(200);
    expect(found.body.total).toBe(JEROMES.length);
    expect(found.body.items).toHaveLength(2);
    expect(found.body.items.every((i) => i.person.name.startsWith('Mme Jérôme '))).toBe(true);
    const cursor = encodeURIComponent(found.body.nextCursor ?? '');
    const rest = await api.call<PeopleBody>(
      'GET',
      `/api/tiers/${orgId}/people?q=JERO&limit=2&cursor=${cursor}`,
      { token: rep },
    );
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.nextCursor).toBeNull();
    const oneOf = found.body.items[0]!.person.name;
    const exact = await api.call<PeopleBody>(
      'GET',
      `/api/tiers/${orgId}/people?q=${encodeURIComponent(oneOf.slice(4).toLowerCase())}`,
      { token: rep },
    );
    expect(exact.body.items.map((i) => i.person.name)).toEqual([oneOf]);
  });

  it('names every bad parameter with 400, never 500', async () => {
    const bad = await api.call('GET', `/api/tiers/${orgId}/people?limit=0&cursor=zz&colour=red`, {
      token: rep,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['colour', 'limit'].sort());
    const cursor = await api.call('GET', `/api/tiers/${orgId}/people?cursor=zz`, { token: rep });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
    expect((await api.call('GET', '/api/tiers/nobody/people', { token: rep })).status).toBe(404);
  });
});

describe('people the caller may not see', () => {
  let smallOrg: string;
  let secretId: string;
  let other: string;
  beforeAll(async () => {
    other = await api.tokenFor({ userId: 'rep9', name: 'Sud Rep', roles: ['rep'], teams: ['south'] });
    smallOrg = (await create(api, rep, organisation())).id;
    await create(api, rep, person({ organisationId: smallOrg }));
    await create(api, rep, person({ organisationId: smallOrg }));
    secretId = (await create(api, rep, person({ organisationId: smallOrg, confidentiality: 'restricted' })))
      .id;
  });

  it('are neither listed nor counted, on the card and in the pages', async () => {
    const mine = (await api.call('GET', `/api/tiers/${smallOrg}/card`, { token: rep })).body;
    expect(mine.people.total).toBe(3);
    const theirs = (await api.call('GET', `/api/tiers/${smallOrg}/card`, { token: other })).body;
    expect(theirs.people.total).toBe(2);
    expect(JSON.stringify(theirs)).not.toContain(secretId);
    const page = await api.call<PeopleBody>('GET', `/api/tiers/${smallOrg}/people`, { token: other });
    expect(page.body.total).toBe(2);
    expect(page.body.items.map((i) => i.person.id)).not.toContain(secretId);
  });

  it('are counted again once made public, without anyone reading them (the edge guard follows the tier)', async () => {
    const steward = await api.tokenFor({
      userId: 'stew',
      name: 'Sophie Steward',
      roles: ['steward'],
      teams: [],
    });
    const current = await api.call('GET', `/api/tiers/${secretId}`, { token: steward });
    const patched = await api.call('PATCH', `/api/tiers/${secretId}`, {
      token: steward,
      body: { confidentiality: 'public' },
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
    expect(patched.status).toBe(200);
    const page = await api.call<PeopleBody>('GET', `/api/tiers/${smallOrg}/people`, { token: other });
    expect(page.body.total).toBe(3);
    expect(page.body.items.map((i) => i.person.id)).toContain(secretId);
  });

  it('leave the count once archived by the retention job', async () => {
    const before = (await api.call('GET', `/api/tiers/${smallOrg}/card`, { token: rep })).body;
    await archiveTier(api.app.deps, secretId);
    const after = (await api.call('GET', `/api/tiers/${smallOrg}/card`, { token: rep })).body;
    expect(after.people.total).toBe(before.people.total - 1);
    expect(after.people.items.map((i: { person: { id: string } }) => i.person.id)).not.toContain(secretId);
  });

  it('a confidential organisation of another team answers 404 on its people, like on its card', async () => {
    const hidden = (await create(api, rep, organisation({ confidentiality: 'confidential' }))).id;
    await create(api, rep, person({ organisationId: hidden }));
    for (const path of [`/api/tiers/${hidden}/people`, `/api/tiers/${hidden}/card`]) {
      const answer = await api.call('GET', path, { token: other });
      expect(answer.status).toBe(404);
    }
  });

  it('an edge written before guards existed is checked by reading its tier', async () => {
    const deps = api.app.deps;
    const legacyOrg = (await create(api, rep, organisation())).id;
    const open = (await create(api, rep, person())).id;
    const restricted = (await create(api, rep, person({ confidentiality: 'restricted' }))).id;
    for (const personId of [open, restricted]) {
      const edge: RelationEdge = {
        id: `legacy-${personId}`,
        typeId: 'works-for',
        fromId: personId,
        toId: legacyOrg,
        status: 'ongoing',
        startDate: null,
        endDate: null,
        createdAt: '2024-01-01T00:00:00.000Z',
        createdBy: 'rep1',
        updatedAt: '2024-01-01T00:00:00.000Z',
        fromName: 'Someone',
        fromKind: 'person',
        toName: 'Org',
        toKind: 'organisation',
      };
      await Promise.all([deps.tiers.putRelation(personId, edge), deps.tiers.putRelation(legacyOrg, edge)]);
    }
    const theirs = (await api.call('GET', `/api/tiers/${legacyOrg}/card`, { token: other })).body;
    expect(theirs.people.total).toBe(1);
    expect(theirs.people.items.map((i: { person: { id: string } }) => i.person.id)).toEqual([open]);
    const mine = (await api.call('GET', `/api/tiers/${legacyOrg}/card`, { token: rep })).body;
    expect(mine.people.total).toBe(2);
  });
});

describe('an organisation with hundreds of relations', () => {
  it('the card carries the first fifty with the total; GET /relations pages through all of them', async () => {
    const hub = (await create(api, rep, organisation())).id;
    const partners = 120;
    const deps = api.app.deps;
    const ids: string[] = [];
    await inBatches(partners, 16, async (i) => {
      const { value } = await staleRetry(() =>
        createTier(deps, REP, organisation({ names: [{ type: 'legal', value: `Partenaire ${i} SARL` }] }), {
          confirm: 'distinct',
        }),
      );
      ids.push(value.id);
      const made = await api.call('POST', '/api/relations', {
        token: rep,
        body: {
          typeId: 'partner-of',
          fromId: hub,
          toId: value.id,
          status: 'ongoing',
          startDate: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
        },
      });
      expect(made.status).toBe(201);
    });
    const card = (await api.call('GET', `/api/tiers/${hub}/card`, { token: rep })).body;
    expect(card.relations).toHaveLength(50);
    expect(card.relationsPage.total).toBe(partners);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ApiResponse<{
        items: { other: { id: string } }[];
        total: number;
        nextCursor: string | null;
      }> = await api.call(
        'GET',
        `/api/tiers/${hub}/relations?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: rep },
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(partners);
      seen.push(...page.body.items.map((r) => r.other.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(JSON.stringify(card.relations)).not.toContain('Guard');
  }, 120_000);
});
