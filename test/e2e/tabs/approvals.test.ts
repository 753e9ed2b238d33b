import { CLAIRE, SOPHIE, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(120_000);

type ChangeRequest = { id: string; status: string; comment: string | null; decidedBy: string | null };

let session: TabsSession;
const requestChange = async (tierId: string, changes: unknown[], reason: string) => {
  const response = await session
    .as(CLAIRE)
    .call<ChangeRequest>('POST', '/api/change-requests', { tierId, changes, reason });
  if (response.status !== 201)
    throw new Error(`change request refused: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
};
const statusOf = async (id: string) =>
  (await session.as(SOPHIE).call<ChangeRequest>('GET', `/api/change-requests/${id}`)).body;

beforeAll(async () => (session = await startTabsSession()));
afterAll(() => session?.stop());

it('lists the pending requests for the approver and approves one with a comment', async () => {
  const pending = await session
    .as(SOPHIE)
    .call<{ items: ChangeRequest[] }>('GET', '/api/change-requests?status=pending&mine=to-decide');
  const arras = pending.body.items[0]!;
  const page = await session.open('/tab/approvals', {}, { user: SOPHIE });
  await page.getByRole('heading', { name: 'Pending approvals' }).waitFor();
  const row = page.locator(`[data-request-id="${arras.id}"]`);
  await row.getByRole('link', { name: 'Brasserie Lemaire — Arras' }).waitFor();
  // The request did not say what it replaces: the record's current address is shown as "before".
  await row.locator('del').getByText('3 place des Héros, 62000 Arras').waitFor();
  await row.locator('ins').getByText('18 rue Gambetta, 62000 Arras').waitFor();
  await row.getByText(/Requested by Claire Martin/).waitFor();
  await row.getByText("Reason: L'entrepôt d'Arras déménage rue Gambetta au 1er décembre.").waitFor();

  await row.getByLabel('Comment (optional)').fill('Vu avec le transporteur.');
  await row.getByRole('button', { name: 'Approve the change on Brasserie Lemaire — Arras' }).click();
  await page.getByText('Approved: the change on Brasserie Lemaire — Arras is applied.').waitFor();
  await row.waitFor({ state: 'detached' });
  expect(await statusOf(arras.id)).toEqual(
    expect.objectContaining({
      status: 'approved',
      comment: 'Vu avec le transporteur.',
      decidedBy: SOPHIE.userId,
    }),
  );
});

it('rejects one, and decides several at once', async () => {
  const girard = session.tierIds.girard!;
  const website = await requestChange(
    girard,
    [{ path: 'website', from: 'www.transports-girard.fr', to: 'https://girard-transports.fr' }],
    'Nouveau site.',
  );
  const sign = await requestChange(
    session.tierIds.lemaire!,
    [{ path: 'facts.sign', to: 'Le Lillois' }],
    'Nouvelle enseigne.',
  );
  const lifecycle = await requestChange(
    session.tierIds.snlf!,
    [{ path: 'facts.lifecycle', from: 'prospect', to: 'client' }],
    'Commande signée.',
  );

  const page = await session.open('/tab/approvals', {}, { user: SOPHIE });
  const row = page.locator(`[data-request-id="${website.id}"]`);
  await row.getByText('https://girard-transports.fr').waitFor();
  await row.getByRole('button', { name: 'Reject the change on Transports Girard' }).click();
  await page.getByText('Rejected: Transports Girard stays as it is.').waitFor();
  expect((await statusOf(website.id)).status).toBe('rejected');

  await page.locator(`[data-request-id="${sign.id}"]`).getByRole('checkbox').check();
  await page.locator(`[data-request-id="${lifecycle.id}"]`).getByRole('checkbox').check();
  await page.getByText('2 requests selected').waitFor();
  await page.getByRole('button', { name: 'Approve selected' }).click();
  await page.getByText('2 approved, 0 rejected.').waitFor();
  expect((await statusOf(sign.id)).status).toBe('approved');
  expect((await statusOf(lifecycle.id)).status).toBe('approved');
  await page.getByText('Nothing waiting for your decision.').waitFor();
});

it('says in words when a request was decided elsewhere in the meantime', async () => {
  const request = await requestChange(
    session.tierIds.dumas!,
    [{ path: 'website', to: 'https://dumas-papiers.fr' }],
    'Nouveau domaine.',
  );
  const page = await session.open('/tab/approvals', {}, { user: SOPHIE });
  const row = page.locator(`[data-request-id="${request.id}"]`);
  await row.waitFor();
  const decided = await session
    .as(SOPHIE)
    .call('POST', `/api/change-requests/${request.id}/decision`, { decision: 'reject' });
  expect(decided.status).toBe(200);
  await row.getByRole('button', { name: /^Approve the change on/ }).click();
  await page.getByText(/1 request could not be decided/).waitFor();
  await row.waitFor({ state: 'detached' });
  expect((await statusOf(request.id)).status).toBe('rejected');
});
