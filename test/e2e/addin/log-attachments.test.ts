import { seriousViolations } from '../../support/axe';
import { CLAIRE, paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

type Logged = {
  id: string;
  source: { kind: string; id: string; itemId?: string };
  attachments?: { name: string; size?: number; contentType?: string }[];
};

it('logs an e-mail with its non-inline attachments by name, and the card lists them', async () => {
  const item = sample('with-attachments', 'attachments');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const logged = await session.get<Logged>(
    `/api/interactions/by-source?kind=email&id=${encodeURIComponent(item.internetMessageId!)}`,
  );
  expect(logged.status).toBe(200);
  expect(logged.body.attachments).toEqual([
    { name: 'plan-accès (v2).pdf', size: 482133, contentType: 'application/pdf' },
    { name: 'notes-vides.txt', size: 0, contentType: 'text/plain' },
    { name: 'maquette-étiquette.zip', size: 157286400, contentType: 'application/zip' },
  ]);
  expect(logged.body.source.itemId).toMatch(/^AAMkPreview/);

  await page.goto(
    `${session.api.base}/tab/card?tierId=${session.tierIds['anne-lemaire']}&user=${CLAIRE.email}&lang=en`,
  );
  const entry = page.getByTestId('timeline-entry').filter({ hasText: 'Plan d’accès et maquette' });
  await entry.waitFor();
  const listed = await entry.getByTestId('timeline-attachment').allInnerTexts();
  expect(listed.map((text) => text.replace(/\s+/g, ' '))).toEqual([
    'plan-accès (v2).pdf (471 kB)',
    'notes-vides.txt (0 bytes)',
    'maquette-étiquette.zip (150 MB)',
  ]);
  expect(await entry.getByRole('link', { name: /plan-accès/ }).count()).toBe(0);
  expect(await entry.getByText('signature-lemaire.png').count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
});
