import {
  erasePerson,
  eraseTierStep,
  ERASURE_CHUNK_STEPS,
  exportPerson,
  interactionRef,
  logInteraction,
  refKey,
  repairAll,
  textTokens,
  toTimelineEntry,
  type Caller,
  type Interaction,
  type Task,
} from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { create, organisation, person } from '../support/factories';
import { countingReads, logPagesDuring } from '../support/store-reads';

/**
 * Erasure and the access export find the notes naming a person through the postings written with
 * them, whenever the person was created, and read nothing else: not the log, not the other notes.
 */
jest.setTimeout(120_000);

let api: TestApi;
let rep: string;
const repCaller: Caller = { userId: 'rep-post', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] };
const steward: Caller = { userId: 'steward-post', name: 'Stella Steward', roles: ['steward'], teams: [] };
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor(repCaller);
});
afterAll(() => api.stop());

const who = { firstName: 'Philomène', lastName: 'Quincampoix', email: 'p.quincampoix@verreries-rgpd.fr', phone: '+33 6 21 43 65 87' };
const at = (minute: number) => `2026-10-01T09:${String(minute).padStart(2, '0')}:00+02:00`;

const note = async (tierId: string, minute: number, summary: string, tasks: { title: string }[] = []) => {
  const response = await api.call('POST', '/api/interactions', {
    token: rep,
    body: { direction: 'outbound', medium: 'phone', occurredAt: at(minute), subject: 'Appel', summary, tasks, participants: [{ tierId }] },
  });
  expect(response.status).toBe(201);
  return response.body as Interaction;
};

/** A note and its follow-up as a release without postings stored them: written straight to the stores, nothing posted. */
const legacyNote = async (tierId: string, summary: string, title: string) => {
  const stamp = '2024-03-01T10:00:00+01:00';
  const task: Task = {
    id: 'legacy-task-1', title, dueDate: null, assigneeId: repCaller.userId, status: 'open', tierIds: [tierId], interactionId: 'legacy-note-1',
    createdAt: stamp, createdBy: repCaller.userId, doneAt: null, doneBy: null, updatedAt: stamp,
  };
  const interaction: Interaction = {
    id: 'legacy-note-1', source: null, direction: 'inbound', medium: 'face-to-face', occurredAt: stamp, scheduledAt: null, durationMinutes: null,
    location: null, subject: 'Visite', purpose: null, summary, outcome: null, participants: [{ tierId, name: 'Verrerie', kind: 'organisation' }],
    colleagues: [], performedBy: repCaller.userId, performedByName: repCaller.name, taskIds: [task.id], changeRequestIds: [], createdAt: stamp, updatedAt: stamp,
  };
  const { stores } = api.app;
  await stores.interactions.insert(interaction, { tasks: [task], changeRequests: [] });
  await stores.tiers.putTimeline(tierId, toTimelineEntry(interaction));
  await stores.tasks.insert(task);
  await stores.tiers.putTaskCopy(tierId, task);
  return interaction;
};

it('find the notes naming a person, written before or after the person, through the postings and nothing else', async () => {
  const deps = api.app.deps;
  const verrerie = (await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Verrerie Témoin SAS' }] }))).id;
  // The base around her: notes that name other people, her first name or her last name alone.
  const others = ['Philomène Durand a rappelé', 'Philomène viendra lundi', 'Rue Quincampoix, au numéro 12', 'M. Durand, 06 21 43 65 88', 'Devis envoyé'];
  const unrelated: Interaction[] = [];
  for (let i = 0; i < 30; i += 1) unrelated.push(await note(verrerie, 10 + i, others[i % others.length]!));

  // Written before she was a tier: found all the same once she is.
  const before = await note(verrerie, 1, `Croisé ${who.firstName} ${who.lastName} au salon`);
  const legacy = await legacyNote(verrerie, `Carte de visite de Mme ${who.lastName} : ${who.email}`, `Rappeler ${who.firstName} ${who.lastName}`);
  const she = await create(api, rep, person({ civility: 'Mme', firstName: who.firstName, lastName: who.lastName, emails: [who.email], phones: [who.phone] }));
  const after = await note(verrerie, 2, `Rappeler au 06.21.43.65.87`, [{ title: `Envoyer le tarif à ${who.email}` }]);
  // A task that named her and was retitled: its posting stays until the erasure finds it stale.
  const retitled = (await api.call('POST', '/api/tasks', { token: rep, body: { title: `Relancer ${who.lastName} ${who.firstName}`, tierIds: [verrerie] } })).body;
  const read = await api.call('GET', `/api/tasks/${retitled.id}`, { token: rep });
  const renamed = await api.call('PATCH', `/api/tasks/${retitled.id}`, { token: rep, body: { title: 'Relancer le fournisseur' }, headers: { 'if-match': read.headers.get('etag')! } });
  expect(renamed.status).toBe(200);
  const own = await logInteraction(deps, repCaller, {
    direction: 'inbound', medium: 'meeting', occurredAt: at(3), subject: `RDV ${who.firstName} ${who.lastName}`, participants: [{ tierId: she.id }, { tierId: verrerie }],
  });

  // The access export: before the repair, the note written by the old release has no postings…
  const exported = countingReads(deps);
  const first = await exportPerson(exported.deps, steward, she.id);
  expect(first.mentionedIn.map((i) => i.id).sort()).toEqual([before.id, after.id].sort());
  // …after it, the repair has posted every record, and the export finds it.
  await repairAll(deps);
  const counted = countingReads(deps);
  const second = await exportPerson(counted.deps, steward, she.id);
  expect(second.mentionedIn.map((i) => i.id).sort()).toEqual([before.id, after.id, legacy.id].sort());
  expect(counted.reads.basePages).toBe(0);
  // It read her own interaction (her timeline) and the three that name her: none of the thirty others.
  expect(new Set(counted.reads.interactions)).toEqual(new Set([own.value.id, before.id, after.id, legacy.id]));
  expect(counted.reads.interactions.filter((id) => unrelated.some((u) => u.id === id))).toEqual([]);

  // The erasure reads the candidates only, rewrites the real mentions and counts them alone.
  const erasing = countingReads(deps);
  const report = await erasePerson(erasing.deps, steward, she.id);
  expect(erasing.reads.basePages).toBe(0);
  expect(erasing.reads.interactions.filter((id) => unrelated.some((u) => u.id === id))).toEqual([]);
  expect(new Set(erasing.reads.tasks)).toEqual(new Set([legacy.taskIds[0], after.taskIds[0], retitled.id]));
  // The note before her, the one after (with its follow-up task in it), the old note, its task, the follow-up task itself.
  expect(report).toMatchObject({ interactions: 1, mentions: 5 });
  const summary = async (id: string) => (await deps.interactions.get(id))!.value.summary;
  expect(await summary(before.id)).toBe('Croisé […] au salon');
  expect(await summary(after.id)).toBe('Rappeler au […]');
  expect(await summary(legacy.id)).toBe('Carte de visite de […] : […]');
  expect((await deps.tasks.get(legacy.taskIds[0]!))!.value.title).toBe('Rappeler […]');
  expect((await deps.tasks.get(after.taskIds[0]!))!.value.title).toBe('Envoyer le tarif à […]');
  expect((await deps.tasks.get(retitled.id))!.value.title).toBe('Relancer le fournisseur');
  for (const u of unrelated.slice(0, others.length)) expect(await summary(u.id)).toBe(u.summary);

  // No posting of her tokens is left pointing anywhere: a key naming her is personal data too.
  const hers = [`${who.firstName} ${who.lastName}`, `${who.lastName} ${who.firstName}`, `Mme ${who.lastName}`, who.email, who.phone].flatMap(textTokens);
  expect(hers).toEqual(expect.arrayContaining(['n:philomene quincampoix', 'n:mme quincampoix', `e:${who.email}`, 'p:+33621436587']));
  const left = await Promise.all(hers.map((token) => deps.index.find('mention', token)));
  expect(left.flat()).toEqual([]);
});

it('erases in bounded calls for a job, each doing at most its steps, counting every mention once across calls', async () => {
  const deps = api.app.deps;
  const forge = (await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Forge Témoin SAS' }] }))).id;
  const she = await create(api, rep, person({ firstName: 'Gudule', lastName: 'Pomponnette', emails: ['g.pomponnette@forges-rgpd.fr'] }));
  await note(forge, 40, 'Vu Gudule Pomponnette au salon', [{ title: 'Écrire à g.pomponnette@forges-rgpd.fr' }]);
  await note(forge, 41, 'Mme Pomponnette rappellera');
  const answers = [];
  for (let call = 0; call < 10; call += 1) {
    const answer = await eraseTierStep(deps, steward.userId, she.id, 'request', 1);
    answers.push(answer);
    if ('alreadyErased' in answer) break;
  }
  // One step for the interactions (two notes), then one for the records kept with the tiers (the task), which ends with the report.
  expect(answers.slice(0, -1)).toEqual([{ tierId: she.id, phase: 'tiers', mentions: 2 }]);
  expect(answers[answers.length - 1]).toMatchObject({ tierId: she.id, alreadyErased: false, mentions: 3 });
});

it('the access export and the erasure as jobs on the worker find her mentions without reading the log', async () => {
  const stewardToken = await api.tokenFor(steward);
  const atelier = (await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Atelier Témoin SAS' }] }))).id;
  const she = await create(api, rep, person({ firstName: 'Ursule', lastName: 'Barbenoire', emails: ['u.barbenoire@ateliers-rgpd.fr'] }));
  const named = await note(atelier, 50, 'Vu Ursule Barbenoire à la foire', [{ title: 'Écrire à u.barbenoire@ateliers-rgpd.fr' }]);
  const alone = await note(atelier, 51, 'Ursule Durand rappellera');
  await api.drain();
  const { deps } = api.app;

  const exported = await logPagesDuring(deps, async () => api.job(await api.call('POST', `/api/persons/${she.id}/export`, { token: stewardToken }), stewardToken));
  expect(exported.result.body.status).toBe('succeeded');
  expect(exported.result.body.result.mentionedIn.map((i: { id: string }) => i.id)).toEqual([named.id]);
  expect(exported.basePages).toBe(0);

  const erased = await logPagesDuring(deps, async () => api.job(await api.call('POST', `/api/persons/${she.id}/erase`, { token: stewardToken }), stewardToken));
  expect(erased.result.body).toMatchObject({ status: 'succeeded', progress: { done: 1, total: 1 }, result: { alreadyErased: false, mentions: 2 } });
  expect(erased.basePages).toBe(0);
  expect((await deps.interactions.get(named.id))!.value.summary).toBe('Vu […] à la foire');
  expect((await deps.interactions.get(alone.id))!.value.summary).toBe('Ursule Durand rappellera');
});

it('an erasure job whose lookup outlasts a chunk goes on in the next, from her journal, and clears every posting it meets', async () => {
  const stewardToken = await api.tokenFor(steward);
  const forge = (await create(api, rep, organisation({ names: [{ type: 'legal', value: 'Forge Longue SAS' }] }))).id;
  const email = 'o.longuevie@forges-rgpd.fr';
  const she = await create(api, rep, person({ firstName: 'Oda', lastName: 'Longuevie', emails: [email] }));
  const named = await note(forge, 55, `Écrire à ${email}`);
  // Postings of her address pointing at notes long gone: a step reads 100 of them, so the lookup needs more steps than a chunk takes.
  const { deps } = api.app;
  const stale = Array.from({ length: ERASURE_CHUNK_STEPS * 100 + 50 }, (_, i) => refKey(interactionRef(`gone-${String(i).padStart(4, '0')}`)));
  for (let start = 0; start < stale.length; start += 50) await Promise.all(stale.slice(start, start + 50).map((key) => deps.index.put('mention', `e:${email}`, key)));

  const started = await api.call('POST', `/api/persons/${she.id}/erase`, { token: stewardToken });
  const done = await api.job(started, stewardToken);
  expect(done.body).toMatchObject({ status: 'succeeded', result: { alreadyErased: false, mentions: 1 } });
  expect((await deps.background!.jobs.get(started.body.id))!.value.chunk).toBeGreaterThanOrEqual(2);
  expect((await deps.interactions.get(named.id))!.value.summary).toBe('Écrire à […]');
  expect(await deps.index.find('mention', `e:${email}`)).toEqual([]);
});
