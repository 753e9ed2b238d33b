import { TableClient } from '@azure/data-tables';
import { eraseTier, repairTier, type Deps } from '@relais/domain';
import { cardOf, cardText, type ConnectorCall } from '../fakes/fake-bot-connector';
import { startApprovals, type Approvals, type Person } from '../approvals/approvals-harness';
import { users } from '../approvals/approvals-fixtures';

jest.setTimeout(120_000);

let approvals: Approvals;
let rep: Person;
let steward: Person;
beforeAll(async () => {
  approvals = await startApprovals();
  await approvals.person(users.manager);
  rep = await approvals.person(users.rep, users.manager);
  steward = await approvals.person(users.steward);
  await approvals.install(users.manager);
  await approvals.install(users.rep);
});
afterAll(() => approvals?.stop());

const who = {
  firstName: 'Gontrande',
  lastName: 'Zébulonneau',
  email: 'g.zebulonneau@tuileries-rgpd.fr',
  phone: '+33 6 71 82 93 04',
  typed: ['06.71.82.93.04', '06 71 82 93 04'],
};
const full = `${who.firstName} ${who.lastName}`;
/** The name as typed, lowercased and unaccented; the e-mail; the phone as typed, in E.164 and national forms. */
const traces = [
  'gontrande',
  'zébulonneau',
  'zebulonneau',
  who.email,
  '+33671829304',
  '0671829304',
  '671829304',
  ...who.typed,
];
const named = (text: string) => traces.filter((t) => text.toLowerCase().includes(t));

const call = (method: string, path: string, token: string, body?: unknown) =>
  approvals.api.call(method, path, { token, ...(body === undefined ? {} : { body }) });
const created = async (path: string, token: string, body: unknown) => {
  const response = await call('POST', path, token, body);
  if (response.status >= 300) throw new Error(`${path} refused ${response.status}: ${response.text}`);
  return response.body as { id: string; changeRequestIds?: string[] };
};

/** Every entity of every table the storage account lists under this API's prefix, as lowercased JSON. */
const everyEntity = async (): Promise<{ table: string; text: string }[]> => {
  const { service, prefix } = approvals.api.app.stores.tables;
  const found: { table: string; text: string }[] = [];
  for await (const table of service.listTables()) {
    if (!table.name?.startsWith(prefix)) continue;
    const client = TableClient.fromConnectionString(process.env.RELAIS_TEST_STORAGE!, table.name, {
      allowInsecureConnection: true,
    });
    for await (const entity of client.listEntities())
      found.push({ table: table.name.slice(prefix.length), text: JSON.stringify(entity).toLowerCase() });
  }
  return found;
};

/** What each card the bot posted in Teams shows now: its last version (the post, or the latest update in place). */
const cardsInTeams = (): Map<string, { first: ConnectorCall; latest: ConnectorCall }> => {
  const shown = new Map<string, { first: ConnectorCall; latest: ConnectorCall }>();
  for (const c of approvals.connector.calls) {
    if (c.kind === 'post' && c.activityId) shown.set(c.activityId, { first: c, latest: c });
    if (c.kind === 'update' && c.activityId && shown.has(c.activityId)) shown.get(c.activityId)!.latest = c;
  }
  return shown;
};

/**
 * The person is written about everywhere, including where nothing references her: a note on another
 * organisation, its task and change request, a colleague's assistant field, a decision comment (and
 * so the audit payloads), and the approval cards posted in Teams chat.
 */
const seed = async () => {
  const org = await created('/api/tiers?confirm=distinct', rep.token, {
    kind: 'organisation',
    names: [{ type: 'legal', value: 'Tuileries Ardoisières Nord' }],
  });
  const other = await created('/api/tiers?confirm=distinct', rep.token, {
    kind: 'organisation',
    names: [{ type: 'legal', value: 'Briqueteries Sans Lien' }],
  });
  const person = await created('/api/tiers?confirm=distinct', rep.token, {
    kind: 'person',
    civility: 'Mme',
    firstName: who.firstName,
    lastName: who.lastName,
    emails: [who.email],
    phones: [who.phone],
    organisationId: org.id,
  });
  const colleague = await created('/api/tiers?confirm=distinct', rep.token, {
    kind: 'person',
    firstName: 'Barnabé',
    lastName: 'Quenouille',
    assistant: full,
  });
  const both = await created('/api/interactions', rep.token, {
    direction: 'inbound',
    medium: 'email',
    occurredAt: '2026-11-20T10:00:00+01:00',
    source: { kind: 'email', id: '<rdv@tuileries-rgpd.fr>' },
    subject: `RDV avec ${full}`,
    participants: [{ tierId: person.id }, { tierId: org.id }],
    changeRequests: [
      {
        tierId: person.id,
        changes: [{ path: 'jobTitle', to: 'Directrice des achats' }],
        reason: `${who.firstName} a changé de poste`,
      },
      {
        tierId: org.id,
        changes: [{ path: 'facts.sign', to: 'Tuiles du Nord' }],
        reason: `Enseigne donnée par ${full}`,
      },
    ],
  });
  const note = await created('/api/interactions', rep.token, {
    direction: 'outbound',
    medium: 'face-to-face',
    occurredAt: '2026-11-21T10:00:00+01:00',
    subject: 'Salon des tuiliers',
    summary: `Échangé avec ${full} (${who.email}, ${who.typed[1]}) au salon`,
    outcome: `Rappeler Mme ${who.lastName}`,
    participants: [{ tierId: other.id }],
    tasks: [{ title: `Envoyer le catalogue à ${who.email}` }],
    changeRequests: [
      {
        tierId: other.id,
        changes: [{ path: 'facts.sign', to: 'Briques du Salon' }],
        reason: `Enseigne vue avec ${full} au salon`,
      },
    ],
  });
  const direct = await created('/api/change-requests', rep.token, {
    tierId: other.id,
    changes: [{ path: 'website', to: 'https://briqueteries.example.fr' }],
    reason: `Site confirmé par ${who.email}`,
  });
  const decided = await approvals.invoke(users.manager, 'approve', direct.id, {
    comment: `Vu avec ${full} au ${who.typed[0]}`,
  });
  expect(decided.status).toBe(200);
  const task = await created('/api/tasks', rep.token, {
    title: `Appeler ${full} au ${who.typed[0]}`,
    tierIds: [other.id],
  });
  return { org, other, person, colleague, both, note, direct, task };
};

it('erases the person from records that do not reference her and from the cards in Teams, resuming after an interruption', async () => {
  const s = await seed();
  const before = await everyEntity();
  const tablesNaming = new Set(before.filter((e) => named(e.text).length > 0).map((e) => e.table));
  expect([...tablesNaming]).toEqual(expect.arrayContaining(['Tiers', 'Interactions', 'Tasks', 'Audit']));
  const cardsNaming = [...cardsInTeams().values()].filter(
    ({ first }) => named(JSON.stringify(cardOf(first))).length > 0,
  );
  expect(cardsNaming.length).toBeGreaterThanOrEqual(4);

  // The first run stops half-way through the records kept with the tiers (a crash, a timeout), as it
  // reads a change request of the unrelated organisation that names her…
  const deps: Deps = approvals.api.app.deps;
  let crashed = false;
  const crashing: Deps = {
    ...deps,
    tiers: {
      ...deps.tiers,
      getChangeRequest: async (tierId, id) => {
        if (tierId === s.other.id && !crashed) {
          crashed = true;
          throw new Error('the instance went away');
        }
        return deps.tiers.getChangeRequest(tierId, id);
      },
    },
  };
  await expect(eraseTier(crashing, users.steward.userId, s.person.id, 'request')).rejects.toThrow(
    'the instance went away',
  );
  const journal = (await deps.tiers.partition(s.person.id))!.journal.find((e) => e.key === 'erasure');
  expect(journal?.value).toMatchObject({ phase: 'tiers', by: users.steward.userId, reason: 'request' });
  expect((await call('GET', `/api/tiers/${s.person.id}`, steward.token)).status).toBe(200);

  // …`npm run repair` finds it in the tier's journal and finishes it in the steward's name, resuming
  // where the lookup stood (among the records kept with the tiers); the log is never listed.
  let listedInteractions = 0;
  const counting: Deps = {
    ...deps,
    interactions: {
      ...deps.interactions,
      list: (...args) => ((listedInteractions += 1), deps.interactions.list(...args)),
    },
  };
  await repairTier(counting, s.person.id);
  expect(listedInteractions).toBe(0);
  const admin = await approvals.api.tokenFor({ userId: 'adm-1', name: 'Adèle Admin', roles: ['admin'] });
  const erasedRecord = (await call('GET', `/api/audit?tierId=${s.person.id}`, admin)).body.items[0];
  expect(erasedRecord).toMatchObject({
    action: 'tier.erased',
    actorId: users.steward.userId,
    details: { reason: 'request', mentions: expect.any(Number) },
  });
  expect(erasedRecord.details.mentions).toBeGreaterThanOrEqual(4);
  const again = await approvals.api.job(await call('POST', `/api/persons/${s.person.id}/erase`, steward.token), steward.token);
  expect(again.body.result).toMatchObject({ alreadyErased: true });
  expect((await call('GET', `/api/tiers/${s.person.id}`, steward.token)).status).toBe(410);

  // No table the storage account lists holds her name, e-mail or phone, in any form.
  const left = (await everyEntity()).flatMap((e) =>
    named(e.text).map((t) => `${e.table}: ${t} in ${e.text.slice(0, 300)}`),
  );
  expect(left).toEqual([]);

  // Every card posted in Teams that showed her was updated in place, and no card shows her now.
  const shown = cardsInTeams();
  for (const { first } of cardsNaming) expect(shown.get(first.activityId!)!.latest.kind).toBe('update');
  const stillNaming = [...shown.values()].filter(
    ({ latest }) => named(JSON.stringify(cardOf(latest))).length > 0,
  );
  expect(stillNaming.map(({ latest }) => cardText(cardOf(latest)))).toEqual([]);
  const ownRequest = s.both.changeRequestIds![0]!;
  const ownCards = cardsNaming.filter(({ first }) => JSON.stringify(cardOf(first)).includes(ownRequest));
  expect(ownCards.length).toBeGreaterThan(0);
  for (const { first } of ownCards)
    expect(cardText(cardOf(shown.get(first.activityId!)!.latest))).toMatch(
      /concerned data erased at the person’s request/,
    );
  const otherCard = cardsNaming.find(({ first }) => cardText(cardOf(first)).includes('Briques du Salon'));
  expect(cardText(cardOf(shown.get(otherCard!.first.activityId!)!.latest))).toContain(
    'Enseigne vue avec […] au salon',
  );

  // What stays reads naturally, without her.
  const note = await call('GET', `/api/interactions/${s.note.id}`, steward.token);
  expect(note.body).toMatchObject({
    summary: 'Échangé avec […] ([…], […]) au salon',
    outcome: 'Rappeler […]',
    participants: [{ tierId: s.other.id }],
  });
  expect((await call('GET', `/api/tasks/${s.task.id}`, steward.token)).body.title).toBe('Appeler […] au […]');
  expect((await call('GET', `/api/change-requests/${s.direct.id}`, steward.token)).body).toMatchObject({
    reason: 'Site confirmé par […]',
    comment: 'Vu avec […] au […]',
  });
  expect((await call('GET', `/api/tiers/${s.colleague.id}`, steward.token)).body.assistant).toBe('[…]');
});
