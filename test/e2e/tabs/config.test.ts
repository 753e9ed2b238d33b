import { startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(90_000);

let session: TabsSession;
beforeAll(async () => (session = await startTabsSession()));
afterAll(() => session?.stop());

it('binds the tab to an organisation found by name and shows the content URL Teams would save', async () => {
  const lemaire = session.tierIds.lemaire!;
  const page = await session.open('/tab/config');
  await page.getByRole('heading', { name: 'Show a client card in this channel' }).waitFor();
  await page.getByRole('searchbox', { name: 'Find the organisation' }).fill('brasserie lem');
  const results = page.getByRole('radiogroup', { name: 'Organisations found' });
  await results.locator(`[data-tier-id="${session.tierIds['lemaire-arras']}"]`).waitFor();
  await results.locator(`[data-tier-id="${lemaire}"]`).click();

  const saved = page.getByTestId('tab-config');
  await saved.getByText('The tab will show Brasserie Lemaire.').waitFor();
  expect(await saved.getByTestId('content-url').textContent()).toBe(
    `${session.api.base}/tab/card?tierId=${lemaire}`,
  );
  expect(await saved.getByTestId('tab-name').textContent()).toBe('Brasserie Lemaire');
  await saved
    .getByText('You are outside Teams, so nothing is saved: this is what Teams would save.')
    .waitFor();

  // The choice survives another search, and the preview link opens the card of the chosen tier.
  await page.getByRole('searchbox', { name: 'Find the organisation' }).fill('girard');
  await results.locator(`[data-tier-id="${session.tierIds.girard}"]`).waitFor();
  expect(await saved.getByTestId('content-url').textContent()).toContain(lemaire);
  await saved.getByRole('link', { name: 'Open this card' }).click();
  await page.getByTestId('card-title').getByText('Brasserie Lemaire').waitFor();
  expect(new URL(page.url()).searchParams.get('tierId')).toBe(lemaire);
});

it('finds organisations by a contact’s e-mail with the add-in’s evidence, and by SIREN', async () => {
  const page = await session.open('/tab/config');
  await page
    .getByRole('searchbox', { name: 'Find the organisation' })
    .fill('anne.lemaire@brasserie-lemaire.fr');
  const hit = page
    .getByRole('radiogroup', { name: 'Organisations found' })
    .locator(`[data-tier-id="${session.tierIds.lemaire}"]`);
  await hit.getByText('employer of Mme Anne Lemaire').waitFor();
  await hit.getByText('e-mail domain brasserie-lemaire.fr').waitFor();

  await page.getByRole('searchbox', { name: 'Find the organisation' }).fill('362 275 869');
  const arras = page
    .getByRole('radiogroup', { name: 'Organisations found' })
    .locator(`[data-tier-id="${session.tierIds['lemaire-arras']}"]`);
  await arras.getByText(/same SIREN 362275869/).waitFor();
  await arras.click();
  expect(await page.getByTestId('content-url').textContent()).toBe(
    `${session.api.base}/tab/card?tierId=${session.tierIds['lemaire-arras']}`,
  );
});

it('says when nothing matches, in French too', async () => {
  const page = await session.open('/tab/config', {}, { lang: 'fr' });
  await page.getByRole('searchbox', { name: "Rechercher l'organisation" }).fill('zzzz introuvable');
  await page.getByText('Aucune organisation ne correspond à « zzzz introuvable ».').waitFor();
});
