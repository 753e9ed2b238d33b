import type { TransactionAction } from '@azure/data-tables';
import { createTier, eraseTier, eraseTiers, interactionRef, interactionTokens, logInteraction, refKey, type Caller, type Deps, type Interaction } from '@relais/domain';
import { createAppFromEnv, type App } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { mentionPartition } from '../../functions/src/storage/mention-postings';
import { percentiles, timeMany } from './percentiles';

export type ErasureBenchOptions = { tiers: number; sizes: number[]; connectionString: string };

const caller: Caller = { userId: 'bench', name: 'Bench', roles: ['steward'], teams: ['bench'] };
const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
const ms = (value: number) => Math.round(value * 10) / 10;
/** Notes naming each erased person elsewhere, and with her, whatever the size of the base. */
const MENTIONS = 20;
const WITH_HER = 5;

const note = (i: number, summary: string) => ({
  direction: 'outbound' as const,
  medium: 'phone' as const,
  occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  subject: `Appel ${i}`,
  summary,
});

/** One of the people erased, with the same mentions as the others: notes naming her, notes with her, and near misses. */
const seedPerson = async (deps: Deps, orgIds: string[], firstName: string, lastName: string, phone: string) => {
  const email = `${firstName[0]!.toLowerCase()}.${lastName.toLowerCase()}@exemple-rgpd.fr`;
  const { id } = (await createTier(deps, caller, { kind: 'person', firstName, lastName, emails: [email], phones: [phone] })).value;
  const org = (i: number) => ({ tierId: orgIds[(i * 37) % orgIds.length]! });
  await timeMany(MENTIONS, 4, (i) => logInteraction(deps, caller, { ...note(i, `Recommandé par ${firstName} ${lastName} (${email})`), participants: [org(i)] }));
  await timeMany(WITH_HER, 4, (i) => logInteraction(deps, caller, { ...note(i, `Point avec ${firstName}`), participants: [org(i), { tierId: id }] }));
  // Her first name alone, her last name as a street: not her, never rewritten.
  await timeMany(MENTIONS, 4, (i) => logInteraction(deps, caller, { ...note(i, `${firstName} Durand, rue ${lastName}`), participants: [org(i)] }));
  return id;
};

const BATCH = 100;

/**
 * The bulk of the base: notes about the organisations, each stored with its postings exactly as
 * logging stores them, but the postings written 100 to a transaction (every bulk note says the same
 * words, so their postings share partitions, which grow with the base) and without the timelines
 * and insight work, which an erasure of someone else never reads.
 */
const seedBulk = async (app: App, orgIds: string[], from: number, to: number) => {
  const postings = await app.stores.tables.table('Indexes');
  const notes = Array.from({ length: to - from }, (_, k): Interaction => {
    const i = from + k;
    const orgId = orgIds[i % orgIds.length]!;
    const at = note(i, '').occurredAt;
    return {
      ...note(i, "Point d'étape avec le service achats"), subject: 'Appel de suivi', id: `bench-${i}`, source: null, scheduledAt: null, durationMinutes: null,
      location: null, purpose: null, outcome: null, participants: [{ tierId: orgId, name: `Société Effacement ${i % orgIds.length} SAS`, kind: 'organisation' }],
      colleagues: [], performedBy: caller.userId, performedByName: caller.name, taskIds: [], changeRequestIds: [], createdAt: at, updatedAt: at,
    };
  });
  const outbox = { tasks: [], changeRequests: [] };
  const batches = interactionTokens(notes[0]!, outbox).flatMap((token) =>
    Array.from({ length: Math.ceil(notes.length / BATCH) }, (_, b) =>
      notes.slice(b * BATCH, (b + 1) * BATCH).map((n): TransactionAction => ['upsert', { partitionKey: mentionPartition(token), rowKey: refKey(interactionRef(n.id)) }, 'Replace']),
    ),
  );
  // A few transactions at once: more only queue at the emulator, past the storage deadline on a busy machine.
  await timeMany(batches.length, 3, (b) => postings.submitTransaction(batches[b]!));
  await timeMany(notes.length, 64, (k) => app.stores.interactions.insert(notes[k]!, outbox));
};

/** The floor: one partition query of postings, a page of 100 of the busiest token (every bulk note holds it). */
const floorOf = async (deps: Deps) => percentiles(await timeMany(30, 1, () => deps.index.page('mention', 'n:service achats', 100)));

/**
 * GDPR erasure of one person with the same mentions (20 notes naming her elsewhere, 5 with her, 20
 * near misses) on bases of growing size: the time beside one partition query measured in the same
 * run, and the ratio of the largest base's time to the smallest's (the aim: at most 1.5). Then five
 * people erased as the retention job does, in one batch sharing one lookup.
 */
export const benchErasure = async (options: ErasureBenchOptions) => {
  const app = await createAppFromEnv(
    readEnv({ RELAIS_STORAGE_CONNECTION_STRING: options.connectionString, RELAIS_TABLE_PREFIX: 'benchgdpr', RELAIS_RATE_LIMIT_PER_MINUTE: '0' }),
  );
  const deps = app.deps;
  const seedStart = performance.now();
  const orgIds: string[] = [];
  await timeMany(options.tiers, 16, async (i) =>
    orgIds.push((await createTier(deps, caller, { kind: 'organisation', names: [{ type: 'legal', value: `Société Effacement ${i} SAS` }] })).value.id),
  );
  const names = ['Zorobabel', 'Quasimodo', 'Tartempion', 'Pétaouchnok'];
  const people = [];
  for (const [i] of options.sizes.entries()) people.push(await seedPerson(deps, orgIds, 'Hermeline', names[i % names.length]!, `+33 6 98 76 54 ${10 + i}`));
  const personal = (MENTIONS * 2 + WITH_HER) * people.length;
  const five = await Promise.all(
    ['Aldegonde', 'Brunehaut', 'Clotilde', 'Dagobert', 'Ermengaud'].map(async (firstName, i) => {
      const { id } = (await createTier(deps, caller, { kind: 'person', firstName, lastName: 'Batchelier', emails: [`${firstName.toLowerCase()}@exemple-rgpd.fr`] })).value;
      await logInteraction(deps, caller, { ...note(i + 1, `Vu ${firstName} Batchelier au salon`), participants: [{ tierId: orgIds[i]! }] });
      return id;
    }),
  );
  const seedSeconds = () => Math.round((performance.now() - seedStart) / 100) / 10;

  const runs = [];
  let seeded = 0;
  for (const [i, size] of options.sizes.entries()) {
    await seedBulk(app, orgIds, seeded, Math.max(seeded, size - personal));
    seeded = Math.max(seeded, size - personal);
    const floor = await floorOf(deps);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
    const start = performance.now();
    const report = await eraseTier(deps, caller.userId, people[i]!, 'request');
    const eraseMs = performance.now() - start;
    clearInterval(sampler);
    runs.push({
      interactions: seeded + personal,
      seedSecondsSoFar: seedSeconds(),
      eraseMs: ms(eraseMs),
      floorOnePartitionQueryMs: floor,
      eraseInFloors: Math.round(eraseMs / floor.p50),
      rewritten: { interactionsWithHer: report.interactions, mentions: report.mentions },
      heapMegabytes: { before: mb(heapBefore), peakDuringErasure: mb(peak) },
    });
  }
  const batchStart = performance.now();
  const batch = await eraseTiers(deps, caller.userId, five, 'retention');
  const batchMs = performance.now() - batchStart;
  const [smallest, largest] = [runs[0]!, runs[runs.length - 1]!];
  return {
    tiers: options.tiers + people.length + five.length,
    runs,
    ratio: { of: `${largest.interactions} / ${smallest.interactions} interactions`, eraseMs: Math.round((largest.eraseMs / smallest.eraseMs) * 100) / 100, aim: 1.5 },
    retentionBatchOfFive: { ms: ms(batchMs), erased: batch.reports.length, failures: batch.failures.length, mentionsEach: batch.reports.map((r) => r.mentions) },
  };
};
