import { repairAll } from '@relais/domain';
import { cardText } from '../fakes/fake-bot-connector';
import { startApprovals, type Approvals, type Person } from './approvals-harness';
import { users } from './approvals-fixtures';

let approvals: Approvals;
let rep: Person;
let manager: Person;
let steward: Person;

beforeAll(async () => {
  approvals = await startApprovals();
  manager = await approvals.person(users.manager);
  steward = await approvals.person(users.steward);
  rep = await approvals.person(users.rep, users.manager);
  await approvals.install(users.manager);
});
afterAll(() => approvals.stop());

type Address = { id: string; kind: string; usages?: string[]; lines?: string[]; postcode?: string; city?: string; coordinates?: unknown; validFrom?: string; validTo?: string };
type Org = { id: string; addresses: Address[]; formerAddresses?: Address[]; phones: { id: string; number: string; type: string }[]; emailDomains?: string[] };

const SITE = { kind: 'geographic', usages: ['site'], city: 'Roubaix', coordinates: { lat: 50.69, lon: 3.18 } };
const HEAD_OFFICE = { kind: 'postal', usages: ['head-office', 'billing'], lines: ['12 rue de la Gare'], postcode: '59100', city: 'Roubaix', country: 'FR' };
const NEW_DEPOT = { kind: 'postal', usages: ['delivery'], lines: ['3 avenue de Flandre'], postcode: '59170', city: 'Croix', country: 'FR' };

/** An organisation with a site (coordinates), a head-office and billing address, two phones and a domain. */
const organisation = async (name: string): Promise<Org> => {
  const created = await approvals.api.call('POST', '/api/tiers', {
    token: rep.token,
    body: {
      kind: 'organisation',
      names: [{ type: 'legal', value: name }],
      addresses: [SITE, HEAD_OFFICE],
      phones: [{ type: 'switchboard', number: '03 20 00 00 01' }, { type: 'fax', number: '03 20 00 00 02' }],
      emailDomains: [`${name.toLowerCase().replace(/\W+/g, '-')}.fr`],
    },
  });
  if (created.status !== 201) throw new Error(`tier not created: ${created.text}`);
  return created.body;
};
const read = async (id: string) => (await approvals.api.call('GET', `/api/tiers/${id}`, { token: steward.token })).body as Org;
const request = (tierId: string, changes: unknown[], by = rep) =>
  approvals.api.call('POST', '/api/change-requests', { token: by.token, body: { tierId, changes, reason: 'Seen on their letterhead' } });
const approve = (id: string) => approvals.api.call('POST', `/api/change-requests/${id}/decision`, { token: manager.token, body: { decision: 'approve' } });
const content = ({ id: _id, validFrom: _from, validTo: _to, ...rest }: Address) => rest;

it('list elements carry ids, so a change can name the element it targets', async () => {
  const org = await organisation('Filature Delcourt');
  expect(org.addresses.map((a) => a.id)).toEqual([expect.any(String), expect.any(String)]);
  expect(new Set(org.addresses.map((a) => a.id)).size).toBe(2);
  expect(org.phones.every((p) => typeof p.id === 'string')).toBe(true);
});

it('approving "adds an address" adds that address and leaves the site and the head office as they were', async () => {
  const org = await organisation('Tissage Verhaeghe');
  const made = await request(org.id, [{ path: 'addresses', op: 'add', to: NEW_DEPOT }]);
  expect(made.status).toBe(201);
  expect((await approve(made.body.id)).status).toBe(200);

  const after = await read(org.id);
  expect(after.addresses.map(content)).toEqual([SITE, HEAD_OFFICE, NEW_DEPOT].map((a) => ({ country: 'FR', ...a })));
  expect(after.addresses.slice(0, 2)).toEqual(org.addresses);
  expect(after.addresses[2]!.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it('"replaces" closes the old address with its end date, kept as history, and changes nothing else', async () => {
  const org = await organisation('Peignage Dubrulle');
  const [site, head] = org.addresses;
  const moved = { ...HEAD_OFFICE, lines: ['40 boulevard Leclerc'] };
  const made = await request(org.id, [{ path: 'addresses', op: 'replace', id: head!.id, to: moved }]);
  expect(made.status).toBe(201);
  // The requester did not say what they saw: the element as it was is kept as `from`.
  expect(made.body.changes[0]).toMatchObject({ op: 'replace', id: head!.id, from: { lines: ['12 rue de la Gare'] } });
  expect((await approve(made.body.id)).status).toBe(200);

  const after = await read(org.id);
  expect(after.addresses).toHaveLength(2);
  expect(after.addresses[0]).toEqual(site);
  expect(content(after.addresses[1]!)).toEqual(moved);
  expect(after.addresses[1]!.id).not.toBe(head!.id);
  expect(after.formerAddresses).toEqual([{ ...head, validTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);

  const card = await approvals.api.call('GET', `/api/tiers/${org.id}/card`, { token: rep.token });
  expect(card.body.tier.formerAddresses.map((a: Address) => a.lines)).toEqual([['12 rue de la Gare']]);
});

it('"removes" a phone or an e-mail domain by the element it names', async () => {
  const org = await organisation('Teinturerie Motte');
  const fax = org.phones.find((p) => p.type === 'fax')!;
  const domain = org.emailDomains![0]!;
  const made = await request(org.id, [
    { path: 'phones', op: 'remove', id: fax.id },
    { path: 'emailDomains', op: 'remove', id: domain },
  ]);
  expect(made.status).toBe(201);
  expect(made.body.changes).toMatchObject([{ op: 'remove', from: { number: '03 20 00 00 02' } }, { op: 'remove', from: domain }]);
  expect((await approve(made.body.id)).status).toBe(200);
  const after = await read(org.id);
  expect(after.phones.map((p) => p.number)).toEqual(['03 20 00 00 01']);
  expect(after.emailDomains ?? []).toEqual([]);
});

it('a conflict is the targeted element changing, not another one', async () => {
  const org = await organisation('Retorderie Lepoutre');
  const [site, head] = org.addresses;
  const siteMove = await request(org.id, [{ path: 'addresses', op: 'replace', id: site!.id, to: { ...SITE, city: 'Tourcoing' } }]);
  const headMove = await request(org.id, [{ path: 'addresses', op: 'replace', id: head!.id, to: { ...HEAD_OFFICE, postcode: '59101' } }]);
  // Meanwhile a steward corrects the site directly (same element, edited).
  const current = await approvals.api.call('GET', `/api/tiers/${org.id}`, { token: steward.token });
  const edited = current.body.addresses.map((a: Address) => (a.id === site!.id ? { ...a, city: 'Wattrelos' } : a));
  const patched = await approvals.api.call('PATCH', `/api/tiers/${org.id}`, { token: steward.token, headers: { 'if-match': current.headers.get('etag')! }, body: { addresses: edited } });
  expect(patched.status).toBe(200);

  const refused = await approve(siteMove.body.id);
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({ code: 'CHANGE_REQUEST.CONFLICT', conflicts: [{ path: 'addresses', id: site!.id, actual: { city: 'Wattrelos' } }] });
  // The head office's request does not care about the site.
  expect((await approve(headMove.body.id)).status).toBe(200);
  const after = await read(org.id);
  expect(after.addresses.map((a) => a.city)).toEqual(['Wattrelos', 'Roubaix']);
  expect(after.addresses[1]!.postcode).toBe('59101');
});

it('a change without an op keeps its meaning: the whole list as wanted, applied element by element', async () => {
  const org = await organisation('Corderie Vandamme');
  const [site] = org.addresses;
  const made = await request(org.id, [{ path: 'addresses', to: [content(site!), NEW_DEPOT] }]);
  expect(made.status).toBe(201);
  expect((await approve(made.body.id)).status).toBe(200);
  const after = await read(org.id);
  // The site is the same element (same id); the head office is history, not lost.
  expect(after.addresses.map((a) => a.id)).toEqual([site!.id, expect.any(String)]);
  expect(content(after.addresses[1]!)).toEqual(NEW_DEPOT);
  expect(after.formerAddresses?.map((a) => a.lines)).toEqual([['12 rue de la Gare']]);
});

it('refuses, naming each field, an op on a field that is not a list, a replace that names no element, an unknown element', async () => {
  const org = await organisation('Bonneterie Lesaffre');
  const refused = await request(org.id, [
    { path: 'website', op: 'add', to: 'https://x.example.fr' },
    { path: 'addresses', op: 'replace', to: NEW_DEPOT },
    { path: 'phones', op: 'remove', id: 'no-such-phone' },
    { path: 'addresses', op: 'add', to: { kind: 'postal' } },
  ]);
  expect(refused.status).toBe(400);
  expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(
    expect.arrayContaining(['changes.0.op', 'changes.1.id', 'changes.2.id', 'changes.3.to.city']),
  );
});

it('the approver reads "adds", "replaces … with …" and "removes" in Teams, in English and in French', async () => {
  const org = await organisation('Lainière Prouvost');
  const [, head] = org.addresses;
  const fax = org.phones.find((p) => p.type === 'fax')!;
  const made = await request(org.id, [
    { path: 'addresses', op: 'add', to: NEW_DEPOT },
    { path: 'addresses', op: 'replace', id: head!.id, to: { ...HEAD_OFFICE, lines: ['1 place de la Liberté'] } },
    { path: 'phones', op: 'remove', id: fax.id },
  ]);
  expect(made.status).toBe(201);
  const posted = approvals.cardsPostedTo(users.manager.userId).find((c) => cardText(c.card).includes('Lainière Prouvost'));
  const text = cardText(posted!.card);
  expect(text).toContain('Adds the address: 3 avenue de Flandre, 59170 Croix');
  expect(text).toContain('Replaces the address 12 rue de la Gare, 59100 Roubaix with 1 place de la Liberté, 59100 Roubaix');
  expect(text).toContain('Removes the phone: 03 20 00 00 02');
  const fr = await approvals.send(approvals.activity(users.manager, { type: 'invoke', name: 'adaptiveCard/action', locale: 'fr-FR', value: { action: { type: 'Action.Execute', verb: 'refresh', data: { action: 'refresh', changeRequestId: made.body.id } }, trigger: 'automatic' } }));
  const frText = cardText(fr.body.value);
  expect(frText).toContain('Ajoute l’adresse\u00a0: 3 avenue de Flandre, 59170 Croix');
  expect(frText).toContain('Remplace l’adresse 12 rue de la Gare, 59100 Roubaix par 1 place de la Liberté, 59100 Roubaix');
  expect(frText).toContain('Retire le téléphone\u00a0: 03 20 00 00 02');
});

it('tiers stored before elements had ids get them, the same ones on every read, stored by the repair pass', async () => {
  const org = await organisation('Velours Catteau');
  const stored = await approvals.api.app.stores.tiers.get(org.id);
  const bare = { ...stored!.value, addresses: org.addresses.map(content), phones: org.phones.map(({ id: _id, ...p }) => p) } as NonNullable<typeof stored>["value"];
  await approvals.api.app.stores.tiers.write(org.id, { tier: { value: bare, ifMatch: stored!.etag } });
  const [first, second] = [await read(org.id), await read(org.id)];
  expect(first.addresses.map((a) => a.id)).toEqual([expect.any(String), expect.any(String)]);
  expect(second.addresses.map((a) => a.id)).toEqual(first.addresses.map((a) => a.id));
  expect((await approvals.api.app.stores.tiers.get(org.id))!.value).not.toHaveProperty('addresses.0.id');
  await repairAll(approvals.api.app.deps);
  const repaired = (await approvals.api.app.stores.tiers.get(org.id))!.value as unknown as Org;
  expect(repaired.addresses.map((a) => a.id)).toEqual(first.addresses.map((a) => a.id));
  expect(repaired.phones.map((p) => p.id)).toEqual(first.phones.map((p) => p.id));
});
