import { paneReady, sample, startPaneSession, type PaneSession } from '../e2e/addin/pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

it('shows, in the Outlook pane, that a matched person objected to prospecting (and only on her)', async () => {
  const anne = session.tierIds['anne-lemaire']!;
  const before = await session.open(sample('known-sender', 'before-objection'));
  await paneReady(before);
  await before.getByRole('checkbox', { name: /^Person Mme Anne Lemaire/ }).waitFor();
  expect(await before.getByText('Objected to prospecting').count()).toBe(0);

  const recorded = await session.api.call('PUT', `/api/persons/${anne}/consents`, {
    token: session.token,
    body: {
      consents: [
        {
          channel: 'email',
          legalBasis: 'legitimate-interest',
          status: 'objected',
          source: 'Réponse à une campagne',
          date: '2026-06-01',
        },
      ],
    },
  });
  expect(recorded.status).toBe(200);

  const page = await session.open(sample('known-sender', 'objection'));
  await paneReady(page);
  const person = page.getByRole('checkbox', { name: /^Person Mme Anne Lemaire/ });
  await expect(person.isChecked()).resolves.toBe(true);
  await page.getByText('Objected to prospecting').waitFor();
  expect(await page.getByText('Objected to prospecting').count()).toBe(1);
  const badgeInPersonRow = page.locator(`[data-tier-id="${anne}"]`).getByText('Objected to prospecting');
  expect(await badgeInPersonRow.count()).toBe(1);

  const french = await session.open(sample('known-sender', 'objection-fr'), { lang: 'fr' });
  await paneReady(french);
  await french.getByText('Opposé à la prospection').waitFor();
});
