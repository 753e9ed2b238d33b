import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person } from '../support/factories';

/** A saved segment is a record like a note: a rule "name contains <surname>" names the person it looks for. */
let api: TestApi;
let rep: string;
let steward: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep-seg', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  steward = await api.tokenFor({ userId: 'steward-seg', name: 'Stella Steward', roles: ['steward'], teams: [] });
});
afterAll(() => api.stop());

const segment = async (body: Record<string, unknown>) => {
  const response = await api.call('POST', '/api/segments', { token: rep, body });
  expect(response.status).toBe(201);
  return response.body as { id: string };
};
const nameRule = (op: string, value: unknown) => ({ type: 'attribute', attribute: 'name', op, value });

it('erasing a person clears the segment rules and texts naming them, and leaves the others as they were', async () => {
  const who = await create(api, rep, person({ firstName: 'Philibertine', lastName: 'Croquembouche', emails: ['p.croquembouche@segments-rgpd.fr'] }));
  const other = await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Croissanterie Durandal SAS' }] }));
  const bySurname = await segment({ name: 'Suivi Croquembouche', definition: nameRule('contains', 'Croquembouche') });
  const nested = await segment({
    name: 'Contacts salon',
    description: 'Ceux que Philibertine Croquembouche nous a présentés',
    definition: { type: 'or', conditions: [nameRule('in', ['Philibertine Croquembouche', 'Croissanterie Durandal SAS']), { type: 'not', condition: nameRule('eq', 'mme croquembouche') }] },
  });
  const unrelated = await segment({ name: 'Croissanteries', definition: nameRule('contains', 'Croissanterie') });
  const firstNameOnly = await segment({ name: 'Les Philibertine', definition: nameRule('startsWith', 'Philibertine') });
  const before = (await api.call('GET', `/api/segments/${unrelated.id}`, { token: rep })).body;

  const erased = await api.job(await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward }), steward);
  expect(erased.body.status).toBe('succeeded');
  expect(erased.body.result.mentions).toBeGreaterThanOrEqual(2);

  const listed = await api.call('GET', '/api/segments', { token: rep });
  expect(listed.text.toLowerCase()).not.toMatch(/croquembouche/);
  expect((await api.call('GET', `/api/segments/${bySurname.id}`, { token: rep })).body).toMatchObject({
    name: 'Suivi […]',
    definition: nameRule('contains', '[…]'),
  });
  expect((await api.call('GET', `/api/segments/${nested.id}`, { token: rep })).body).toMatchObject({
    description: 'Ceux que […] nous a présentés',
    definition: { type: 'or', conditions: [nameRule('in', ['[…]', 'Croissanterie Durandal SAS']), { type: 'not', condition: nameRule('eq', '[…]') }] },
  });
  // A rule that never named her, or names only her first name, is as it was.
  expect((await api.call('GET', `/api/segments/${unrelated.id}`, { token: rep })).body).toEqual(before);
  expect((await api.call('GET', `/api/segments/${firstNameOnly.id}`, { token: rep })).body.definition).toEqual(nameRule('startsWith', 'Philibertine'));
  // The cleared segment still evaluates: the organisation it also named is still a member.
  const members = await api.call('GET', `/api/segments/${nested.id}/members`, { token: rep });
  expect(members.status).toBe(200);
  expect(members.body.items.map((m: { id: string }) => m.id)).toContain(other.id);
});
