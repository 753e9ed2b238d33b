import { createTier, logInteraction, repairTier, runRetention, type Caller, type Deps } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { logPagesDuring } from '../support/store-reads';

/**
 * The retention job erases the people whose time is up together: one lookup of the postings finds
 * the notes naming any of them, and each erasure still counts the records that named that person.
 */
const DAY_MS = 86_400_000;
const fiveYearsAgo = new Date(Date.now() - 5 * 365 * DAY_MS).toISOString();
const steward: Caller = { userId: 'steward-b', name: 'Rita Steward', roles: ['steward'], teams: ['north'] };

let api: TestApi;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

const person = async (deps: Deps, firstName: string, lastName: string, email: string, createdAt: string) =>
  (
    await createTier({ ...deps, clock: { now: () => createdAt } }, steward, {
      kind: 'person',
      civility: 'Mme',
      firstName,
      lastName,
      emails: [email],
      lifecycle: 'prospect',
    })
  ).value;

/** An active client, which no retention rule touches: the notes naming the people are on it. */
const client = async (deps: Deps, name: string) =>
  (
    await createTier(deps, steward, {
      kind: 'organisation',
      names: [{ type: 'legal', value: name }],
      lifecycle: 'client',
    })
  ).value.id;

const note = (deps: Deps, clientId: string, summary: string, tasks: { title: string }[] = []) =>
  logInteraction(deps, steward, {
    direction: 'outbound',
    medium: 'meeting',
    occurredAt: new Date().toISOString(),
    subject: 'Salon',
    summary,
    tasks,
    participants: [{ tierId: clientId }],
  });

it('erases several expired people with one lookup of their mentions, never listing the log, each with its own count', async () => {
  const deps = api.app.deps;
  const anselme = await person(deps, 'Anselme', 'Vautrin', 'a.vautrin@forges-batch.fr', fiveYearsAgo);
  const berenice = await person(deps, 'Bérénice', 'Castagnol', 'b.castagnol@forges-batch.fr', fiveYearsAgo);
  const cyprien = await person(deps, 'Cyprien', 'Malaterre', 'c.malaterre@forges-batch.fr', fiveYearsAgo);
  const denise = await person(
    deps,
    'Denise',
    'Fontrouge',
    'd.fontrouge@forges-batch.fr',
    new Date().toISOString(),
  );
  const fonderie = await client(deps, 'Fonderie Témoin SA');
  const both = await note(deps, fonderie, 'Vu Anselme Vautrin et Bérénice Castagnol au salon');
  const byEmail = await note(deps, fonderie, 'Écrire à c.malaterre@forges-batch.fr', [
    { title: 'Relancer Mme Castagnol' },
  ]);
  const stays = await note(deps, fonderie, 'Denise Fontrouge viendra lundi');

  // The run is the job the daily timer starts, its chunks on the worker, which shares these stores.
  const token = await api.tokenFor(steward);
  const { result: run, basePages } = await logPagesDuring(deps, async () => api.job(await api.call('POST', '/api/retention/runs', { token, body: {} }), token));
  expect(run.body.status).toBe('succeeded');
  expect(run.body.result.failures).toEqual([]);
  expect(run.body.result.applied.map((a: { tierId: string }) => a.tierId).sort()).toEqual([anselme.id, berenice.id, cyprien.id].sort());
  expect(basePages).toBe(0);

  const summary = async (id: string) => (await deps.interactions.get(id))!.value.summary;
  expect(await summary(both.value.id)).toBe('Vu […] et […] au salon');
  expect(await summary(byEmail.value.id)).toBe('Écrire à […]');
  expect(await summary(stays.value.id)).toBe('Denise Fontrouge viendra lundi');
  const taskId = (await deps.interactions.get(byEmail.value.id))!.outbox.tasks[0]!.id;
  const task = (await deps.tasks.get(taskId))!.value;
  expect(task.title).toBe('Relancer […]');
  expect((await deps.tiers.get(denise.id))!.value.status).toBe('active');

  const mentions = async (id: string) =>
    (await deps.audit!.query({ tierId: id, limit: 10 })).items.find((r) => r.action === 'tier.erased')
      ?.details.mentions;
  // Anselme: the note naming him. Bérénice: that note, the note whose follow-up names her, and the follow-up
  // task itself. Cyprien: the note naming his e-mail.
  expect(await mentions(anselme.id)).toBe(1);
  expect(await mentions(berenice.id)).toBe(3);
  expect(await mentions(cyprien.id)).toBe(1);
});

it('a batch whose scan stops half-way leaves each erasure journaled; the repair finishes each on its own', async () => {
  const deps = api.app.deps;
  const eudes = await person(deps, 'Eudes', 'Pradalier', 'e.pradalier@forges-batch.fr', fiveYearsAgo);
  const flore = await person(deps, 'Flore', 'Tessonnier', 'f.tessonnier@forges-batch.fr', fiveYearsAgo);
  const verrerie = await client(deps, 'Verrerie Témoin SA');
  const noted = await note(deps, verrerie, 'Eudes Pradalier et Flore Tessonnier ont rappelé', [{ title: 'Écrire à M. Pradalier' }]);
  const followUp = (await deps.interactions.get(noted.value.id))!.outbox.tasks[0]!.id;
  // The lookup reaches the follow-up task, among the records kept with the tiers, and the instance goes away then.
  const crashing: Deps = {
    ...deps,
    tasks: {
      ...deps.tasks,
      get: async (id) => {
        if (id === followUp) throw new Error('the instance went away');
        return deps.tasks.get(id);
      },
    },
  };
  const report = await runRetention(crashing, { dryRun: false });
  expect(report.failures.map((f) => f.tierId).sort()).toEqual([eudes.id, flore.id].sort());
  expect(report.failures.every((f) => f.error === 'the instance went away')).toBe(true);
  for (const id of [eudes.id, flore.id]) {
    const journal = (await deps.tiers.partition(id))!.journal.find((e) => e.key === 'erasure');
    expect(journal?.value).toMatchObject({ phase: 'tiers', by: 'relais-retention', reason: 'retention' });
  }
  // The interactions were done before the crash: the note no longer names them.
  expect((await deps.interactions.get(noted.value.id))!.value.summary).toBe('[…] et […] ont rappelé');

  for (const id of [eudes.id, flore.id]) await repairTier(deps, id);
  for (const id of [eudes.id, flore.id]) expect((await deps.tiers.get(id))!.value.status).toBe('erased');
});
