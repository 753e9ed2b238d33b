import { seriousViolations } from '../../support/axe';
import { CLAIRE, paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

it('logs an item of a shared mailbox with its owner beside the rep, shown on the card', async () => {
  const item = {
    ...sample('known-sender', 'shared'),
    mailbox: { owner: 'commercial@relais-demo.fr', shared: true },
  };
  const page = await session.open(item);
  await paneReady(page);
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const logged = await session.get<{ id: string; mailbox?: unknown; performedBy: string }>(
    `/api/interactions/by-source?kind=email&id=${encodeURIComponent(item.internetMessageId!)}`,
  );
  expect(logged.body.mailbox).toEqual({ owner: 'commercial@relais-demo.fr', shared: true });
  expect(logged.body.performedBy).toBe(CLAIRE.userId);

  await page.goto(
    `${session.api.base}/tab/card?tierId=${session.tierIds['anne-lemaire']}&user=${CLAIRE.email}&lang=en`,
  );
  const entry = page.getByTestId('timeline-entry').filter({ hasText: 'commercial@relais-demo.fr' });
  await entry.waitFor();
  expect((await entry.getByTestId('timeline-mailbox').innerText()).replace(/\s+/g, ' ')).toBe(
    'From the shared mailbox: commercial@relais-demo.fr',
  );
  expect(await seriousViolations(page)).toEqual([]);
});

it('says plainly when access to the shared mailbox was withdrawn, and logs nothing', async () => {
  const item = {
    ...sample('known-sender', 'revoked'),
    mailbox: { owner: 'commercial@relais-demo.fr', shared: true, revoked: true },
  };
  const page = await session.open(item);
  await page
    .getByText('You no longer have access to the shared mailbox this item is in')
    .waitFor({ timeout: 45_000 });
  expect(await page.getByRole('button', { name: 'Log to CRM' }).count()).toBe(0);
  const logged = await session.get(
    `/api/interactions/by-source?kind=email&id=${encodeURIComponent(item.internetMessageId!)}`,
  );
  expect(logged.status).toBe(404);
});
