import { readFile } from 'node:fs/promises';
import { seriousViolations } from '../../support/axe';
import { CLAIRE, SOPHIE, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(180_000);

let session: TabsSession;
beforeAll(async () => (session = await startTabsSession()));
afterAll(() => session?.stop());

const person = async (firstName: string, lastName: string) => {
  const created = await session.as(CLAIRE).call<{ id: string }>('POST', '/api/tiers?confirm=distinct', {
    kind: 'person',
    civility: 'Mme',
    firstName,
    lastName,
    emails: [`${lastName.toLowerCase()}@exemple.fr`],
  });
  if (created.status !== 201) throw new Error(`not created: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.id;
};

it('a steward finds a person, records an objection with its source and date, and downloads the access export', async () => {
  const id = await person('Odile', 'Vasseur');
  const page = await session.open('/tab/rights', {}, { user: SOPHIE });
  await page.getByRole('heading', { name: 'Personal data (GDPR)' }).waitFor();
  await page.getByLabel('Find a person').fill('odile vass');
  await page.getByRole('button', { name: 'Open the personal data of Mme Odile Vasseur' }).click();
  await page.getByRole('heading', { name: 'Mme Odile Vasseur' }).waitFor();
  expect(new URL(page.url()).searchParams.get('personId')).toBe(id);

  const consents = page.getByTestId('consents');
  await consents.locator('tr[data-channel="email"]').getByText('Nothing recorded').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await consents.getByLabel('Channel').selectOption('email');
  await consents.getByLabel('Status').selectOption('objected');
  await consents.getByLabel('Legal basis').selectOption('legitimate-interest');
  await consents.getByLabel('Source').fill('Inbound call');
  await consents.getByLabel('Date').fill('2026-11-20');
  await consents.getByRole('button', { name: 'Record' }).click();
  await consents.getByText('Statement recorded for the channel E-mail.').waitFor();
  const row = consents.locator('tr[data-channel="email"]');
  expect((await row.locator('td').allTextContents()).slice(0, 5)).toEqual(['Objected', 'Legitimate interest', 'Inbound call', 'Nov 20, 2026', 'No']);
  await consents.getByText('Objected to prospecting: E-mail').waitFor();
  const stored = await session.as(SOPHIE).call<{ objectedChannels: string[]; history: { source: string; date: string }[] }>('GET', `/api/persons/${id}/consents`);
  expect(stored.body.objectedChannels).toEqual(['email']);
  expect(stored.body.history.map((h) => [h.source, h.date])).toEqual([['Inbound call', '2026-11-20']]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the export (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe(`person-${id}.json`);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { person: { id: string; lastName: string }; consents: { source: string }[] };
  expect(exported.person).toMatchObject({ id, lastName: 'Vasseur' });
  expect(exported.consents.map((c) => c.source)).toEqual(['Inbound call']);
  await page.getByTestId('export').getByText('The export of Mme Odile Vasseur was downloaded', { exact: false }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

it('erasure asks for a confirmation, follows the job and reports what it touched; the person is gone afterwards', async () => {
  const id = await person('Gisèle', 'Caron');
  const page = await session.open('/tab/rights', { personId: id }, { user: SOPHIE });
  const erasure = page.getByTestId('erasure');
  await erasure.getByRole('button', { name: 'Erase this person…' }).click();
  await erasure.getByRole('heading', { name: 'Erase Mme Gisèle Caron for good?' }).waitFor();
  const confirm = erasure.getByRole('button', { name: 'Erase Mme Gisèle Caron' });
  expect(await confirm.isDisabled()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  await erasure.getByRole('button', { name: 'Cancel' }).click();
  expect(await erasure.getByRole('button', { name: 'Erase Mme Gisèle Caron' }).count()).toBe(0);
  expect((await session.as(SOPHIE).call('GET', `/api/tiers/${id}`)).status).toBe(200);

  await erasure.getByRole('button', { name: 'Erase this person…' }).click();
  await erasure.getByLabel('I understand that this erasure is final').check();
  const polled = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/jobs/') && r.status() === 200);
  await erasure.getByRole('button', { name: 'Erase Mme Gisèle Caron' }).click();
  expect(((await (await polled).json()) as { kind: string }).kind).toBe('erasure');
  const report = erasure.getByTestId('erasure-report');
  await report.getByText('Mme Gisèle Caron was erased.').waitFor();
  await report.getByText(/Records rewritten or removed: \d+ interactions/).waitFor();
  expect(await page.getByTestId('consents').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  expect([404, 410]).toContain((await session.as(SOPHIE).call('GET', `/api/tiers/${id}`)).status);
});

it('in French: the page, the consent table and the erasure confirmation read in French and pass axe-core', async () => {
  const id = await person('Hélène', 'Dufour');
  await session.as(SOPHIE).call('PUT', `/api/persons/${id}/consents`, { consents: [{ channel: 'phone', legalBasis: 'consent', status: 'granted', source: 'Salon Agrimer', date: '2026-10-02' }] });
  const page = await session.open('/tab/rights', { personId: id }, { user: SOPHIE, lang: 'fr' });
  await page.getByRole('heading', { name: 'Données personnelles (RGPD)' }).waitFor();
  const row = page.getByTestId('consents').locator('tr[data-channel="phone"]');
  await row.getByText('Salon Agrimer').waitFor();
  expect((await row.locator('td').allTextContents()).slice(0, 5)).toEqual(['Consentement donné', 'Consentement', 'Salon Agrimer', '2 oct. 2026', 'Oui']);
  await page.getByRole('button', { name: 'Télécharger l’export (JSON)' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Effacer cette personne…' }).click();
  await page.getByRole('heading', { name: 'Effacer définitivement Mme Hélène Dufour\u00a0?' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});

it('a rep is refused the export and the erasure, in words', async () => {
  const id = await person('Paule', 'Lefebvre');
  const page = await session.open('/tab/rights', { personId: id }, { user: CLAIRE });
  await page.getByRole('button', { name: 'Download the export (JSON)' }).click();
  await page.getByTestId('export').getByText('Could not do it: You are not allowed to do this.').waitFor();
  expect((await session.as(SOPHIE).call('GET', `/api/tiers/${id}`)).status).toBe(200);
});
