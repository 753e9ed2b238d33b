import { seriousViolations } from '../../support/axe';
import { CLAIRE, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(120_000);

let session: TabsSession;
beforeAll(async () => {
  session = await startTabsSession();
  const logged = await session.as(CLAIRE).call('POST', '/api/interactions', {
    source: { kind: 'email', id: '<card-attachments@brasserie-lemaire.fr>', itemId: 'AAMkCardAtt' },
    direction: 'inbound',
    medium: 'email',
    occurredAt: new Date().toISOString(),
    subject: 'Contrat et annexes',
    participants: [{ tierId: session.tierIds['anne-lemaire']! }],
    attachments: [
      { name: 'plan-accès (v2).pdf', size: 482133, contentType: 'application/pdf' },
      { name: 'vide.txt', size: 0 },
      { name: 'annexes.zip', size: 157286400 },
      { name: 'sans-taille.bin' },
    ],
  });
  expect(logged.status).toBe(201);
});
afterAll(() => session?.stop());

const attachmentsShown = async (lang: 'en' | 'fr') => {
  const page = await session.open('/tab/card', { tierId: session.tierIds['anne-lemaire']! }, { lang });
  const entry = page.getByTestId('timeline-entry').filter({ hasText: 'Contrat et annexes' });
  await entry.waitFor();
  const texts = await entry.getByTestId('timeline-attachment').allInnerTexts();
  return { page, entry, texts: texts.map((text) => text.replace(/\s+/g, ' ')) };
};

it('lists the attachments by name and size in English, without links to their content', async () => {
  const { page, entry, texts } = await attachmentsShown('en');
  expect(texts).toEqual([
    'plan-accès (v2).pdf (471 kB)',
    'vide.txt (0 bytes)',
    'annexes.zip (150 MB)',
    'sans-taille.bin',
  ]);
  await entry.getByRole('list', { name: 'Attachments (kept in Exchange):' }).waitFor();
  expect(await entry.getByRole('link', { name: /annexes/ }).count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});

it('reads naturally in French', async () => {
  const { page, texts } = await attachmentsShown('fr');
  expect(texts).toEqual([
    'plan-accès (v2).pdf (471 ko)',
    'vide.txt (0 octet)',
    'annexes.zip (150 Mo)',
    'sans-taille.bin',
  ]);
  await page.getByText('Pièces jointes (conservées dans Exchange)\u00a0:').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});
