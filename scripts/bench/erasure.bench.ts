import { createTier, eraseTier, eraseTiers, logInteraction, toTimelineEntry, type Caller, type Interaction } from '@relais/domain';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { timeMany } from './percentiles';

export type ErasureBenchOptions = { tiers: number; interactions: number; connectionString: string };

const caller: Caller = { userId: 'bench', name: 'Bench', roles: ['steward'], teams: ['bench'] };
const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

/**
 * GDPR erasure of one person on a base of `tiers` organisations and `interactions` notes, a few of
 * which name her without referencing her: how long the whole erasure takes (the scan of every
 * interaction and every tier is most of it), records scanned per second, and the heap it takes.
 * Then five people erased as the retention job does, in one batch sharing one scan.
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
  const person = (
    await createTier(deps, caller, { kind: 'person', firstName: 'Hermeline', lastName: 'Zorobabel', emails: ['h.zorobabel@exemple-rgpd.fr'], phones: ['+33 6 98 76 54 32'] })
  ).value;
  const note = (i: number) => ({
    direction: 'outbound' as const, medium: 'phone' as const, occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), subject: `Appel ${i}`,
    // One note in a hundred names her on another organisation.
    summary: i % 100 === 0 ? 'Recommandé par Hermeline Zorobabel (h.zorobabel@exemple-rgpd.fr)' : `Point d'étape ${i}`,
  });
  // A few interactions with her go through the use case; the bulk is stored directly (what the scan reads is the same).
  await timeMany(Math.max(1, Math.floor(options.interactions / 1000)), 4, (i) =>
    logInteraction(deps, caller, { ...note(i), participants: [{ tierId: orgIds[i % orgIds.length]! }, { tierId: person.id }] }),
  );
  await timeMany(options.interactions, 32, async (i) => {
    const orgId = orgIds[i % orgIds.length]!;
    const at = note(i).occurredAt;
    const interaction: Interaction = {
      ...note(i), id: `bench-${i}`, source: null, scheduledAt: null, durationMinutes: null, location: null, purpose: null, outcome: null,
      participants: [{ tierId: orgId, name: `Société Effacement ${i % orgIds.length} SAS`, kind: 'organisation' }],
      colleagues: [], performedBy: caller.userId, performedByName: caller.name, taskIds: [], changeRequestIds: [], createdAt: at, updatedAt: at,
    };
    await deps.interactions.insert(interaction, { tasks: [], changeRequests: [] });
    await deps.tiers.putTimeline(orgId, toTimelineEntry(interaction));
  });
  const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const start = performance.now();
  const report = await eraseTier(deps, caller.userId, person.id, 'request');
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);

  const five = await Promise.all(
    ['Aldegonde', 'Brunehaut', 'Clotilde', 'Dagobert', 'Ermengaud'].map(async (firstName, i) => {
      const { id } = (await createTier(deps, caller, { kind: 'person', firstName, lastName: 'Batchelier', emails: [`${firstName.toLowerCase()}@exemple-rgpd.fr`] })).value;
      await logInteraction(deps, caller, { ...note(i + 1), summary: `Vu ${firstName} Batchelier au salon`, participants: [{ tierId: orgIds[i]! }] });
      return id;
    }),
  );
  const batchStart = performance.now();
  const batch = await eraseTiers(deps, caller.userId, five, 'retention');
  const batchSeconds = (performance.now() - batchStart) / 1000;
  return {
    base: { tiers: options.tiers + 1, interactions: options.interactions + Math.max(1, Math.floor(options.interactions / 1000)), seedSeconds },
    eraseSeconds: Math.round(seconds * 10) / 10,
    recordsScannedPerSecond: Math.round((options.interactions + options.tiers) / seconds),
    rewritten: { interactionsWithHer: report.interactions, mentions: report.mentions },
    heapMegabytes: { before: mb(heapBefore), peakDuringErasure: mb(peak) },
    retentionBatchOfFive: {
      seconds: Math.round(batchSeconds * 10) / 10,
      oneByOneWouldTakeAbout: Math.round(5 * seconds * 10) / 10,
      erased: batch.reports.length,
      failures: batch.failures.length,
      mentionsEach: batch.reports.map((r) => r.mentions),
    },
  };
};
