import { CLAIRE, paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

type Interaction = {
  id: string;
  participants: { tierId: string; name: string }[];
  colleagues: { email: string }[];
  taskIds: string[];
  changeRequestIds: string[];
};
const loggedFrom = (kind: 'email' | 'meeting', id: string) =>
  session.get<Interaction>(`/api/interactions/by-source?kind=${kind}&id=${encodeURIComponent(id)}`);

it('logs an e-mail from a known sender in two clicks (open, Log), against the person and her company', async () => {
  const item = sample('known-sender', 'known');
  const page = await session.open(item);
  await paneReady(page);
  await expect(page.getByRole('checkbox', { name: /^Person Mme Anne Lemaire/ }).isChecked()).resolves.toBe(
    true,
  );
  await expect(
    page.getByRole('checkbox', { name: /^Organisation Brasserie Lemaire/ }).isChecked(),
  ).resolves.toBe(true);
  await page.getByText('same e-mail anne.lemaire@brasserie-lemaire.fr').waitFor();
  await page.getByText('employer of Mme Anne Lemaire').waitFor();
  await page.getByRole('button', { name: 'Log to CRM' }).dblclick();
  await page.getByText('Logged in Relais.').waitFor();

  const logged = await loggedFrom('email', item.internetMessageId!);
  expect(logged.status).toBe(200);
  expect(logged.body.participants.map((p) => p.tierId).sort()).toEqual(
    [session.tierIds['anne-lemaire'], session.tierIds.lemaire].sort(),
  );
  const timeline = await session.get<{ items: { interactionId: string }[] }>(
    `/api/tiers/${session.tierIds['anne-lemaire']}/timeline`,
  );
  expect(timeline.body.items.filter((entry) => entry.interactionId === logged.body.id)).toHaveLength(1);
});

it('logs a meeting against every attendee and their company, colleagues left out', async () => {
  const item = sample('meeting', 'meeting');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByText(/colleague from your company is left out: Marc Dubois/).waitFor();
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const logged = await loggedFrom('meeting', item.iCalUId!);
  expect(logged.body.participants.map((p) => p.tierId).sort()).toEqual(
    [session.tierIds['paul-girard'], session.tierIds['valery-girard'], session.tierIds.girard].sort(),
  );
  expect(logged.body.colleagues.map((c) => c.email)).toEqual(['marc.dubois@relais-demo.fr']);
  await page.getByRole('list', { name: 'Linked to' }).getByText('Transports Girard').waitFor();
});

it('creates a follow-up task and a referential change request with the interaction', async () => {
  const item = sample('known-sender', 'follow-up');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByLabel('Purpose').fill('Commande de fin d’année');
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  await page.getByLabel('What to do').fill('Confirmer la livraison des fûts');
  await page.getByLabel('Due').fill('2026-12-01');
  await page.getByRole('button', { name: 'Request a change' }).click();
  const change = page.getByRole('group', { name: 'Change 1' });
  await change.getByLabel('For').selectOption({ label: 'Mme Anne Lemaire' });
  await change.getByLabel('What changed').selectOption({ label: 'New phone' });
  await change.getByLabel('Number').fill('+33 6 11 22 33 44');
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();
  await page.getByText('1 follow-up').waitFor();

  const tasks = await session.get<{ items: { title: string; dueDate: string; assigneeId: string }[] }>(
    '/api/tasks?assignee=me&status=open',
  );
  expect(tasks.body.items).toContainEqual(
    expect.objectContaining({
      title: 'Confirmer la livraison des fûts',
      dueDate: '2026-12-01',
      assigneeId: CLAIRE.userId,
    }),
  );
  const requests = await session.get<{
    items: { tierId: string; changes: { path: string; op?: string; to: unknown }[] }[];
  }>('/api/change-requests?status=pending');
  const phone = requests.body.items.find((r) => r.tierId === session.tierIds['anne-lemaire']);
  // The new phone is added beside the ones the person has: approving it removes none.
  expect(phone?.changes).toEqual([{ path: 'phones', op: 'add', to: { type: 'mobile', number: '+33 6 11 22 33 44' } }]);
});

it('logs with the keyboard alone: Enter in a field submits', async () => {
  const item = sample('known-sender', 'keyboard');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByLabel('Outcome').focus();
  await page.keyboard.type('Commande confirmée');
  await page.keyboard.press('Enter');
  await page.getByText('Logged in Relais.').waitFor();
  // The focus follows what replaced the Log button.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Logged in Relais.');
  const logged = await loggedFrom('email', item.internetMessageId!);
  expect(logged.body).toMatchObject({ outcome: 'Commande confirmée' });
});

it('adds a tier that is not on the e-mail, found by search', async () => {
  const item = sample('known-sender', 'search');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByLabel('Add another tier').fill('transports gir');
  await page.getByLabel('Add another tier').press('Enter');
  await page.getByRole('button', { name: 'Add: Transports Girard' }).click();
  const added = page.getByRole('checkbox', { name: /^Organisation Transports Girard/ });
  expect(await added.isChecked()).toBe(true);
  await page.getByText('added by you').waitFor();
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();
  const logged = await loggedFrom('email', item.internetMessageId!);
  expect(logged.body.participants.map((p) => p.tierId)).toContain(session.tierIds.girard);
});
