import { paneReady, sample, startPaneSession, type PaneSession } from './pane-session';

jest.setTimeout(150_000);

let session: PaneSession;
beforeAll(async () => (session = await startPaneSession()));
afterAll(() => session?.stop());

type Relation = { id: string; typeId: string; fromId: string; toId: string; status: string; endDate: string | null };
type ChangeRequest = { id: string; tierId: string; status: string; reason: string | null; changes: { path: string; from?: unknown; to: unknown }[] };

it('"left the company" ends the employment with its date once approved; the person and her history stay', async () => {
  const anne = session.tierIds['anne-lemaire']!;
  const lemaire = session.tierIds.lemaire!;
  const before = await session.get<{ items: Relation[] }>(`/api/tiers/${anne}/relations`);
  const employment = before.body.items.find((r) => r.typeId === 'works-for' && r.toId === lemaire);
  expect(employment).toMatchObject({ status: 'ongoing', endDate: null });

  const item = sample('known-sender', 'left');
  const page = await session.open(item);
  await paneReady(page);
  await page.getByRole('button', { name: 'Request a change' }).click();
  const change = page.getByRole('group', { name: 'Change 1' });
  await change.getByLabel('For').selectOption({ label: 'Mme Anne Lemaire' });
  await change.getByLabel('What changed').selectOption({ label: 'Left the company' });
  await change.getByText(/their employment ends today/).waitFor();
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await page.getByText('Logged in Relais.').waitFor();

  const pending = await session.get<{ items: ChangeRequest[] }>('/api/change-requests?status=pending');
  const request = pending.body.items.find((r) => r.tierId === anne);
  const today = new Date().toISOString().slice(0, 10);
  expect(request?.reason).toBe('Mme Anne Lemaire has left Brasserie Lemaire.');
  expect(request?.changes).toEqual([
    { path: `relations.${employment!.id}`, from: { status: 'ongoing', endDate: null }, to: { status: 'ended', endDate: today } },
    { path: 'emails', op: 'remove', id: 'anne.lemaire@brasserie-lemaire.fr', from: 'anne.lemaire@brasserie-lemaire.fr' },
  ]);
  // Nothing changes before approval.
  expect((await session.get<Relation>(`/api/relations/${employment!.id}`)).body.status).toBe('ongoing');

  const steward = await session.api.tokenFor({ userId: 'sophie.leroy', name: 'Sophie Leroy', roles: ['steward'], teams: ['nord'] });
  const decided = await session.api.call('POST', `/api/change-requests/${request!.id}/decision`, {
    token: steward,
    body: { decision: 'approve' },
  });
  expect(decided.status).toBe(200);
  expect(decided.body.status).toBe('approved');

  const relation = await session.get<Relation>(`/api/relations/${employment!.id}`);
  expect(relation.body).toMatchObject({ status: 'ended', endDate: today });
  // Both ends say so: the person's side and the company's.
  for (const tierId of [anne, lemaire]) {
    const listed = await session.get<{ items: Relation[] }>(`/api/tiers/${tierId}/relations`);
    expect(listed.body.items.find((r) => r.id === employment!.id)).toMatchObject({ status: 'ended', endDate: today });
  }
  const person = await session.get<{ status: string; lastName: string; emails?: string[] }>(`/api/tiers/${anne}`);
  expect(person.status).toBe(200);
  expect(person.body).toMatchObject({ status: 'active', lastName: 'Lemaire' });
  expect(person.body.emails ?? []).toEqual([]);
  const timeline = await session.get<{ items: unknown[] }>(`/api/tiers/${anne}/timeline`);
  expect(timeline.body.items.length).toBeGreaterThan(0);

  // The company's switchboard still recognises the domain; Anne no longer counts as its employee.
  const lookup = await session.api.call<{ results: { persons: { organisations: unknown[] }[] }[] }>('POST', '/api/lookup', {
    token: session.token,
    body: { emails: ['anne.lemaire@brasserie-lemaire.fr'] },
  });
  expect(lookup.body.results[0]!.persons).toEqual([]);
});

it('says there is nothing to end when the person has no current employer, and sends nothing', async () => {
  const petit = session.tierIds['dominique-petit']!;
  const { body } = await session.get<{ items: Relation[] }>(`/api/tiers/${petit}/relations`);
  const employment = body.items.find((r) => r.typeId === 'works-for' && r.status === 'ongoing')!;
  const current = await session.get<Relation>(`/api/relations/${employment.id}`);
  const ended = await session.api.call('PATCH', `/api/relations/${employment.id}`, {
    token: session.token,
    headers: { 'if-match': current.headers.get('etag')! },
    body: { status: 'ended' },
  });
  expect(ended.status).toBe(200);

  const item = {
    ...sample('known-sender', 'left-nothing'),
    from: { emailAddress: 'dominique.petit@brasserie-lemaire.fr', displayName: 'Dominique Petit' },
  };
  const page = await session.open(item);
  await paneReady(page);
  await page.getByRole('button', { name: 'Request a change' }).click();
  const change = page.getByRole('group', { name: 'Change 1' });
  await change.getByLabel('For').selectOption({ label: 'M. Dominique Petit' });
  await change.getByLabel('What changed').selectOption({ label: 'Left the company' });
  await page.getByRole('button', { name: 'Log to CRM' }).click();
  await change.getByText('Relais knows no current employer of this person: there is no employment to end.').waitFor();
  const logged = await session.get(`/api/interactions/by-source?kind=email&id=${encodeURIComponent(item.internetMessageId!)}`);
  expect(logged.status).toBe(404);
});
