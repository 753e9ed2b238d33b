import { seriousViolations } from '../../support/axe';
import { CLAIRE, SOPHIE, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(180_000);

let session: TabsSession;
beforeAll(async () => (session = await startTabsSession()));
afterAll(() => session?.stop());

type Address = { id: string; lines?: string[]; city?: string };
type Org = { id: string; addresses: Address[]; phones: { id: string; number: string }[] };

const SITE = { kind: 'geographic', usages: ['site'], city: 'Roubaix', coordinates: { lat: 50.69, lon: 3.18 } };
const HEAD_OFFICE = { kind: 'postal', usages: ['head-office', 'billing'], lines: ['12 rue de la Gare'], postcode: '59100', city: 'Roubaix', country: 'FR' };

const organisation = async (name: string): Promise<Org> => {
  const created = await session.as(CLAIRE).call<Org>('POST', '/api/tiers?confirm=distinct', {
    kind: 'organisation',
    names: [{ type: 'legal', value: name }],
    addresses: [SITE, HEAD_OFFICE],
    phones: [{ type: 'switchboard', number: '03 20 00 00 01' }, { type: 'fax', number: '03 20 00 00 02' }],
  });
  if (created.status !== 201) throw new Error(`not created: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
};
const pendingOn = async (tierId: string) =>
  (await session.as(SOPHIE).call<{ items: { id: string }[] }>('GET', `/api/change-requests?status=pending&tierId=${tierId}`)).body.items;
const approve = async (id: string) => {
  const decided = await session.as(SOPHIE).call('POST', `/api/change-requests/${id}/decision`, { decision: 'approve' });
  expect(decided.status).toBe(200);
};

it('an erased person’s card says the person was erased, in English and in French', async () => {
  const person = await session.as(CLAIRE).call<{ id: string }>('POST', '/api/tiers?confirm=distinct', { kind: 'person', civility: 'Mme', firstName: 'Jeanne', lastName: 'Effacée' });
  const erasure = await session.as(SOPHIE).call('POST', `/api/persons/${person.body.id}/erase`, { reason: 'Asked by the person' });
  expect(erasure.status).toBe(202);
  await session.api.drain();

  const page = await session.open('/tab/card', { tierId: person.body.id });
  const notice = page.getByTestId('card-unavailable');
  await notice.getByText('This person was erased').waitFor();
  await notice.getByText('Their data was erased at their request (GDPR)', { exact: false }).waitFor();
  expect(await notice.textContent()).not.toContain('This organisation');
  expect(await seriousViolations(page)).toEqual([]);

  const fr = await session.open('/tab/card', { tierId: person.body.id }, { lang: 'fr' });
  await fr.getByTestId('card-unavailable').getByText('Cette personne a été effacée').waitFor();
  expect(await fr.getByTestId('card-unavailable').textContent()).not.toContain('Cette organisation');
});

it('from the card, a rep asks to add an address and to replace one; approved, each changes that address only, the old one kept as history', async () => {
  const org = await organisation('Tissage Verhaeghe');
  const page = await session.open('/tab/card', { tierId: org.id });
  const identity = page.getByTestId('section-identity');
  await identity.getByRole('button', { name: 'Request a change of an address, a phone or a name' }).click();
  const form = identity.getByTestId('request-list-change-form');
  await form.getByLabel('Street').fill('3 avenue de Flandre');
  await form.getByLabel('Postcode').fill('59170');
  await form.getByLabel('City').fill('Croix');
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Send the request' }).click();
  await page.getByTestId('section-changes').getByText('Adds the address:').waitFor();
  await page.getByTestId('section-changes').locator('ins').getByText('3 avenue de Flandre, 59170 Croix').waitFor();

  const [added] = await pendingOn(org.id);
  await approve(added!.id);
  await page.reload();
  const addresses = page.getByTestId('section-identity').getByTestId('addresses').getByTestId('address');
  await addresses.nth(2).getByText('3 avenue de Flandre').waitFor();
  expect(await addresses.count()).toBe(3);
  await addresses.nth(0).getByRole('link', { name: /on a map/ }).waitFor();

  await page.getByTestId('section-identity').getByRole('button', { name: 'Request a change of an address, a phone or a name' }).click();
  const again = page.getByTestId('request-list-change-form');
  await again.getByLabel('Change').selectOption('replace');
  await again.getByLabel('Which one').selectOption({ label: '12 rue de la Gare, 59100 Roubaix' });
  await again.getByLabel('Street').fill('40 boulevard Leclerc');
  await again.getByLabel('Postcode').fill('59100');
  await again.getByLabel('City').fill('Roubaix');
  await again.getByRole('button', { name: 'Send the request' }).click();
  await page.getByTestId('section-changes').getByText('Replaces the address').waitFor();
  const [replaced] = await pendingOn(org.id);
  await approve(replaced!.id);
  await page.reload();
  const identityNow = page.getByTestId('section-identity');
  await identityNow.getByTestId('addresses').getByText('40 boulevard Leclerc').waitFor();
  expect(await identityNow.getByTestId('addresses').getByTestId('address').count()).toBe(3);
  const former = identityNow.getByTestId('former-addresses');
  await former.getByText('12 rue de la Gare').waitFor();
  await former.getByText(/head office, billing · until /).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

it('the approvals tab says what each request adds, replaces or removes, in English and in French', async () => {
  const org = await organisation('Lainière Prouvost');
  const fax = org.phones.find((p) => p.number === '03 20 00 00 02')!;
  const made = await session.as(CLAIRE).call<{ id: string }>('POST', '/api/change-requests', {
    tierId: org.id,
    changes: [
      { path: 'addresses', op: 'add', to: { kind: 'postal', lines: ['3 avenue de Flandre'], postcode: '59170', city: 'Croix' } },
      { path: 'addresses', op: 'replace', id: org.addresses[1]!.id, to: { ...HEAD_OFFICE, lines: ['1 place de la Liberté'] } },
      { path: 'phones', op: 'remove', id: fax.id },
    ],
    reason: 'Nouveau papier à en-tête.',
  });
  expect(made.status).toBe(201);
  const page = await session.open('/tab/approvals', {}, { user: SOPHIE });
  const row = page.locator(`[data-request-id="${made.body.id}"]`);
  const steps = row.getByTestId('change');
  await steps.first().waitFor();
  expect(await steps.allTextContents()).toEqual([
    'Adds the address: 3 avenue de Flandre, 59170 Croix',
    'Replaces the address 12 rue de la Gare, 59100 Roubaix with 1 place de la Liberté, 59100 Roubaix',
    'Removes the phone: 03 20 00 00 02',
  ]);
  expect(await seriousViolations(page)).toEqual([]);

  const fr = await session.open('/tab/approvals', {}, { user: SOPHIE, lang: 'fr' });
  const frSteps = fr.locator(`[data-request-id="${made.body.id}"]`).getByTestId('change');
  await frSteps.first().waitFor();
  expect(await frSteps.allTextContents()).toEqual([
    'Ajoute l’adresse\u00a0: 3 avenue de Flandre, 59170 Croix',
    'Remplace l’adresse 12 rue de la Gare, 59100 Roubaix par 1 place de la Liberté, 59100 Roubaix',
    'Retire le téléphone\u00a0: 03 20 00 00 02',
  ]);
});
