import { CLAIRE, dayFromToday, startTabsSession, type TabsSession } from './tabs-session';

jest.setTimeout(120_000);

type Task = { id: string; title: string; status: string; updatedAt: string };

let session: TabsSession;
const claire = () => session.as(CLAIRE);
const createTask = async (title: string, dueDate: string | undefined, tierIds: string[]) => {
  const response = await claire().call<Task>('POST', '/api/tasks', {
    title,
    ...(dueDate ? { dueDate } : {}),
    tierIds,
  });
  if (response.status !== 201) throw new Error(`task refused: ${response.status}`);
  return response.body;
};

beforeAll(async () => (session = await startTabsSession()));
afterAll(() => session?.stop());

it('lists the rep’s open tasks by due date, links each to its tier card, and marks one done', async () => {
  const lemaire = session.tierIds.lemaire!;
  await createTask('Relancer la facture de septembre', dayFromToday(-2), [lemaire]);
  const today = await createTask('Appeler Mme Lemaire', dayFromToday(0), [
    lemaire,
    session.tierIds['anne-lemaire']!,
  ]);
  await createTask('Préparer le salon de mars', dayFromToday(60), [session.tierIds.girard!]);
  await createTask('Mettre à jour les contacts', undefined, [session.tierIds.snlf!]);

  const page = await session.open('/tab/my-actions');
  await page.getByRole('heading', { name: 'My actions' }).waitFor();
  const group = (key: string) => page.getByTestId(`group-${key}`);
  await group('overdue')
    .getByTestId('task-row')
    .filter({ hasText: 'Relancer la facture de septembre' })
    .getByText('2 days late')
    .waitFor();
  await group('today').getByText('Appeler Mme Lemaire').waitFor();
  await group('later').getByText('Préparer le salon de mars').waitFor();
  await group('undated').getByText('Mettre à jour les contacts').waitFor();
  expect(await group('overdue').getByRole('heading').textContent()).toMatch(/^Overdue \(\d+\)$/);

  const row = group('today').getByTestId('task-row').filter({ hasText: 'Appeler Mme Lemaire' });
  await row.getByRole('link', { name: 'Mme Anne Lemaire' }).waitFor();
  const link = row.getByRole('link', { name: 'Brasserie Lemaire' });
  expect(await link.getAttribute('href')).toBe(
    `/tab/card?user=${encodeURIComponent(CLAIRE.email!)}&lang=en&tierId=${lemaire}`,
  );

  await row.getByRole('button', { name: 'Mark "Appeler Mme Lemaire" done' }).click();
  await page.getByText('"Appeler Mme Lemaire" is done.').waitFor();
  await row.waitFor({ state: 'detached' });
  const saved = await claire().call<Task>('GET', `/api/tasks/${today.id}`);
  expect(saved.body.status).toBe('done');

  await group('overdue').getByRole('link', { name: 'Brasserie Lemaire' }).first().click();
  await page.getByTestId('card-title').getByText('Brasserie Lemaire').waitFor();
});

it('does not mark done a task changed since it was shown: it reloads and says so', async () => {
  const task = await createTask('Envoyer le catalogue', dayFromToday(1), [session.tierIds.girard!]);
  const page = await session.open('/tab/my-actions');
  const row = page.getByTestId('task-row').filter({ hasText: 'Envoyer le catalogue' });
  await row.waitFor();

  // Someone else reschedules it meanwhile (through the API, with its ETag).
  const current = await claire().call<Task>('GET', `/api/tasks/${task.id}`);
  const changed = await claire().call(
    'PATCH',
    `/api/tasks/${task.id}`,
    { title: 'Envoyer le catalogue 2027' },
    { 'if-match': current.headers.get('etag')! },
  );
  expect(changed.status).toBe(200);

  await row.getByRole('button', { name: 'Mark "Envoyer le catalogue" done' }).click();
  await page
    .getByText(
      /"Envoyer le catalogue" was changed by someone else in the meantime, so it was not marked done/,
    )
    .waitFor();
  await page.getByTestId('task-row').filter({ hasText: 'Envoyer le catalogue 2027' }).waitFor();
  expect((await claire().call<Task>('GET', `/api/tasks/${task.id}`)).body.status).toBe('open');
});

it('speaks French with the Teams locale (or ?lang=fr)', async () => {
  await createTask('Relancer le devis', dayFromToday(-1), [session.tierIds.girard!]);
  const page = await session.open('/tab/my-actions', {}, { lang: 'fr' });
  await page.getByRole('heading', { name: 'Mes actions' }).waitFor();
  await page
    .getByTestId('group-overdue')
    .getByTestId('task-row')
    .filter({ hasText: 'Relancer le devis' })
    .getByText('1 jour de retard')
    .waitFor();
});
