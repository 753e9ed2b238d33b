import { paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

type Interaction = { participants: { tierId: string; name: string }[] };
const loggedEmail = (id: string) =>
  session.get<Interaction>(`/api/interactions/by-source?kind=email&id=${encodeURIComponent(id)}`);

it('asks the rep to resolve an ambiguous address, and logs what the rep chose', async () => {
  const item = sample('ambiguous', 'ambiguous');
  const page = await session.open(item);
  await paneReady(page);
  const sender = page.getByRole('region', { name: /From · Service achats Dumas/ });
  const choices = sender.getByRole('radiogroup');
  await choices.getByText(/nothing is picked for you/).waitFor();
  // Nothing is picked for the rep: no radio checked.
  for (const radio of await choices.getByRole('radio').all()) expect(await radio.isChecked()).toBe(false);
  await choices.getByRole('radio', { name: /^Organisation Dumas Papiers/ }).check();
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const logged = await loggedEmail(item.internetMessageId!);
  const ids = logged.body.participants.map((p) => p.tierId);
  expect(ids).toContain(session.tierIds.dumas);
  // The Claude Dumas in copy is the one of Dumas Emballages, with her employer: both matched by e-mail, not guessed.
  expect(ids).toEqual(
    expect.arrayContaining([session.tierIds['claude-dumas-emballages'], session.tierIds['dumas-emballages']]),
  );
  expect(ids).not.toContain(session.tierIds['claude-dumas']);
});

it('creates an unknown sender (civility asked, names prefilled) and logs against the new contact', async () => {
  const item = sample('unknown-sender', 'unknown');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByText('Not in Relais yet.').waitFor();
  await page.getByRole('button', { name: 'Create contact' }).click();
  const form = page.getByRole('form', { name: /New contact/ });
  await expect(form.getByLabel('First name').inputValue()).resolves.toBe('Jérôme');
  await expect(form.getByLabel('Last name').inputValue()).resolves.toBe('Morel');
  // A personal address says nothing of an employer.
  await expect(
    form.getByRole('radio', { name: 'No organisation (private address)' }).isChecked(),
  ).resolves.toBe(true);
  await form.getByRole('button', { name: 'Create the contact' }).click();
  await form.getByText('Choose Madame or Monsieur.').waitFor();
  await form.getByRole('radio', { name: 'Monsieur' }).check();
  await form.getByLabel('Last name').press('Enter');
  const created = page.getByRole('checkbox', { name: /^Person M\. Jérôme Morel/ });
  await created.waitFor();
  expect(await created.isChecked()).toBe(true);
  await page.getByText('created just now').waitFor();
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const search = await session.get<{ items: { id: string; name: string }[] }>(
    '/api/tiers?q=j.morel@gmail.com',
  );
  expect(search.body.items.map((t) => t.name)).toEqual(['M. Jérôme Morel']);
  const logged = await loggedEmail(item.internetMessageId!);
  expect(logged.body.participants.map((p) => p.tierId)).toEqual([search.body.items[0]!.id]);
});

it('attaches a new contact to the organisation found by the domain of the address', async () => {
  const item = sample('unknown-at-known-company', 'aubert');
  const page = await session.open(item);
  await paneReady(page);
  expect(await page.getByRole('checkbox', { name: /^Organisation Menuiserie Aubert/ }).isChecked()).toBe(
    true,
  );
  await page.getByRole('button', { name: 'Add as a contact' }).click();
  const form = page.getByRole('form', { name: /New contact/ });
  await expect(form.getByLabel('First name').inputValue()).resolves.toBe('Camille');
  await expect(form.getByLabel('Last name').inputValue()).resolves.toBe('Roux');
  expect(await form.getByRole('radio', { name: /Menuiserie Aubert EURL/ }).isChecked()).toBe(true);
  await form.getByRole('radio', { name: 'Madame' }).check();
  await form.getByRole('button', { name: 'Create the contact' }).click();
  await page.getByRole('checkbox', { name: /^Person Mme Camille Roux/ }).waitFor();
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const lookup = await session.api.call<{
    results: { persons: { tier: { name: string }; organisations: { tier: { id: string } }[] }[] }[];
  }>('POST', '/api/lookup', {
    token: session.token,
    body: { emails: ['nouveau.contact@menuiserie-aubert.fr'] },
  });
  const [person] = lookup.body.results[0]!.persons;
  expect(person?.tier.name).toBe('Mme Camille Roux');
  expect(person?.organisations.map((o) => o.tier.id)).toEqual([session.tierIds.aubert]);
});

it('copes with an item without sender or subject and with odd display names', async () => {
  const page = await session.open(sample('odd', 'odd'));
  await paneReady(page);
  await page.getByRole('heading', { name: '(no subject)' }).waitFor();
  await page
    .getByRole('region', {
      name: /^To · "Lemaire, Anne" \(Brasserie\) <anne\.lemaire@brasserie-lemaire\.fr>$/,
    })
    .waitFor();
  const zoe = page.getByRole('region', { name: /zoe\.o-brien@menuiserie-aubert\.fr/ });
  await zoe.getByRole('button', { name: 'Add as a contact' }).click();
  const form = page.getByRole('form', { name: /New contact/ });
  await expect(form.getByLabel('First name').inputValue()).resolves.toBe('Zoé');
  await expect(form.getByLabel('Last name').inputValue()).resolves.toBe('O’Brien');
});
