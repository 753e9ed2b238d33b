import { TableClient, type TransactionAction } from '@azure/data-tables';
import {
  activityKey, activityReport, createSegment, createTier, dayOf, eventEntry, fitInsight, logInteraction, newInsight, partitionFacts,
  previewSegment, recordInteractionInsight, segmentMembers, exportSegment, type Caller, type Deps, type Direction, type FactVersion,
  type ActivityEntry, type Medium, type RepDay, type TierInsight,
} from '@relais/domain';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { dayPartition, rollupKeys } from '../../functions/src/storage/aggregate.repository';
import { toEntity } from '../../functions/src/storage/json-entity';
import { encodeKey } from '../../functions/src/storage/keys';
import { mapLimited } from '../../functions/src/storage/parallel';
import { packSummaries } from '../../functions/src/storage/summary.repository';
import { percentiles, timeMany } from './percentiles';

export type InsightBenchOptions = { tiers: number; interactions: number; reps: number; samples: number; connectionString: string };

const DAY_MS = 86_400_000;
const teams = ['nord', 'sud', 'est', 'ouest'];
const media: Medium[] = ['email', 'email', 'email', 'phone', 'phone', 'meeting', 'face-to-face', 'web-form'];
const admin: Caller = { userId: 'bench-admin', name: 'Bench Admin', roles: ['admin'], teams: [] };
const manager: Caller = { userId: 'bench-manager', name: 'Bench Manager', roles: ['manager'], teams: ['nord'] };

/** A small deterministic generator: the same data every run. */
const random = (seed: number) => () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (start: number) => Math.round((performance.now() - start) * 10) / 10;
const time = async <T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await run();
  return { ms: ms(start), value };
};

/**
 * Builds 100,000 tier summaries and 1,000,000 interactions in memory with the domain's own functions,
 * then writes the summary buckets and the rep-day rows directly: logging a million interactions
 * through the API would take hours on the embedded store.
 */
const generate = (options: InsightBenchOptions, now: number) => {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const reps = Array.from({ length: options.reps }, (_, i) => ({ id: `rep${i}`, name: `Rep ${i}`, teams: [teams[i % teams.length]!] }));
  const insights: TierInsight[] = [];
  for (let i = 0; i < options.tiers; i += 1) {
    const created = now - Math.floor(next() * 1000 + 30) * DAY_MS;
    const rep = pick(reps);
    const fact = (name: string, value: string, from: number, to: number | null): FactVersion => ({
      name, value, validFrom: iso(from), validTo: to === null ? null : iso(to), confirmedAt: iso(to ?? from), recordedBy: rep.id, source: { kind: 'creation' },
    });
    const converted = next() < 0.3 ? created + Math.floor(next() * (now - created)) : null;
    const facts = [fact('owner', rep.id, created, null), fact('lifecycle', 'prospect', created, converted), ...(converted ? [fact('lifecycle', 'client', converted, null)] : [])];
    const tier = {
      id: `t${String(i).padStart(6, '0')}x${Math.floor(next() * 1e9).toString(36)}`,
      kind: i % 3 === 0 ? 'person' : 'organisation', firstName: 'Prénom', lastName: `Nom ${i}`, names: [{ type: 'legal', value: `Entreprise ${i} SAS` }],
      ownerTeam: rep.teams[0]!, confidentiality: next() < 0.1 ? 'restricted' : 'public', owner: rep.id, status: 'active',
      createdAt: iso(created), createdBy: rep.id, updatedAt: iso(created),
    } as Parameters<typeof partitionFacts>[0]['tier'];
    const tasks = next() < 0.2 ? [{ id: `task${i}`, dueDate: dayOf(iso(now + Math.floor(next() * 60 - 30) * DAY_MS)), status: 'open' } as never] : [];
    insights.push(newInsight(partitionFacts({ tier, facts, relations: [], tasks, changeRequests: [] }), iso(now)));
  }
  const days = new Map<string, Map<string, RepDay>>();
  // Entries are gathered then sorted once per tier (what adding them one by one would give, without its quadratic cost).
  const entries: ActivityEntry[][] = [];
  for (let i = 0; i < options.interactions; i += 1) {
    // Skewed: a few accounts get most of the traffic, as in real B2B books.
    const index = Math.floor(next() ** 2 * insights.length);
    const insight = insights[index]!;
    const occurredAt = iso(now - Math.floor(next() * 730) * DAY_MS - Math.floor(next() * 36_000_000));
    const interaction = { id: `i${i.toString(36).padStart(8, '0')}${Math.floor(next() * 1e9).toString(36)}`, occurredAt, direction: (next() < 0.45 ? 'inbound' : 'outbound') as Direction, medium: pick(media) };
    (entries[index] ??= []).push([activityKey(interaction.id), dayOf(occurredAt), interaction.direction, interaction.medium]);
    const rep = reps[Number(insight.owner!.slice(3))]!;
    const day = dayOf(occurredAt);
    const byRep = days.get(day) ?? days.set(day, new Map()).get(day)!;
    const row = byRep.get(rep.id) ?? byRep.set(rep.id, { day, rep: rep.id, repName: rep.name, events: {} }).get(rep.id)!;
    const [key, code] = eventEntry({ kind: 'interaction', ...interaction });
    row.events[key] = code;
  }
  entries.forEach((list, i) => (insights[i]!.activity = { ...insights[i]!.activity, recent: list.sort((a, b) => b[1].localeCompare(a[1])) }));
  return { reps, insights: insights.map(fitInsight), days };
};

const seed = async (deps: Deps, options: InsightBenchOptions, prefix: string, data: ReturnType<typeof generate>) => {
  const table = (name: string) => TableClient.fromConnectionString(options.connectionString, `${prefix}${name}`, { allowInsecureConnection: true });
  const [summaries, activityDays, rollups] = [table('TierSummaries'), table('ActivityDays'), table('ActivityRollups')];
  await Promise.all([summaries.createTable(), activityDays.createTable(), rollups.createTable()]);
  // The rows the store itself would write: small summaries in their buckets, large ones in rows of their own.
  const rows = packSummaries(data.insights) as { partitionKey: string; rowKey: string }[];
  await mapLimited(rows, 8, (entity) => summaries.upsertEntity(entity, 'Replace'));
  const dayRows = [...data.days.entries()];
  await mapLimited(dayRows, 4, async ([day, byRep]) => {
    const rows = [...byRep.values()].map((row): TransactionAction => ['upsert', toEntity(dayPartition(day), encodeKey(row.rep), row), 'Replace']);
    for (let i = 0; i < rows.length; i += 100) await activityDays.submitTransaction(rows.slice(i, i + 100));
    await rollups.upsertEntity({ ...rollupKeys(day), stale: true }, 'Merge');
  });
  await mapLimited(data.reps, 8, (rep) => deps.insight!.activity.putRep(rep));
  return { buckets: rows.filter((r) => !r.rowKey.includes('~')).length, ownRows: rows.filter((r) => r.rowKey.includes('~')).length, repDayRows: dayRows.reduce((n, [, byRep]) => n + byRep.size, 0) };
};

/** Segment evaluation, report queries and the cost of keeping scores on logging, at the stated scale. */
export const benchInsight = async (options: InsightBenchOptions) => {
  const prefix = 'benchinsight';
  const app = await createAppFromEnv(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: options.connectionString, RELAIS_TABLE_PREFIX: prefix, RELAIS_RATE_LIMIT_PER_MINUTE: '0' }));
  const deps = app.deps;
  const now = Date.now();
  const generated = await time(async () => generate(options, now));
  const seeded = await time(() => seed(deps, options, prefix, generated.value));
  const today = dayOf(iso(now));
  const quarterStart = `${today.slice(0, 4)}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const lastQuarter = { from: dayOf(iso(Date.parse(quarterStart) - 92 * DAY_MS)).slice(0, 8) + '01', to: quarterStart };

  const definitions = {
    clientsOfATeam: { type: 'and', conditions: [{ type: 'attribute', attribute: 'ownerTeam', op: 'eq', value: 'nord' }, { type: 'fact', fact: 'lifecycle', op: 'eq', value: 'client' }] },
    prospectsThenClientsNow: {
      type: 'and',
      conditions: [{ type: 'fact', fact: 'lifecycle', op: 'eq', value: 'prospect', asOf: dayOf(iso(now - 365 * DAY_MS)) }, { type: 'fact', fact: 'lifecycle', op: 'eq', value: 'client' }],
    },
    activeAndAtRisk: {
      type: 'and',
      conditions: [{ type: 'interactions', window: { lastDays: 90 }, op: 'gte', value: 3 }, { type: 'score', score: 'risk', op: 'gte', value: 30 }],
    },
  };
  const segments: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    const count = await time(() => previewSegment(deps, admin, { definition }));
    const saved = await createSegment(deps, admin, { name, definition });
    const firstPage = await time(() => segmentMembers(deps, admin, saved.value.id, { limit: '50' }));
    const csv = await time(async () => {
      let bytes = 0;
      for await (const chunk of (await exportSegment(deps, admin, saved.value.id, {})).lines) bytes += chunk.length;
      return bytes;
    });
    segments[name] = { members: count.value.count, countMs: count.ms, firstPageMs: firstPage.ms, csvExportMs: csv.ms, csvChars: csv.value };
  }

  const report = (query: Record<string, string>, caller: Caller = admin) => activityReport(deps, caller, query);
  const quarter = { from: lastQuarter.from, to: lastQuarter.to, groupBy: 'rep' };
  const cold = await time(() => report(quarter));
  const warm = percentiles(await timeMany(10, 1, () => report(quarter)));
  const reports = {
    quarterByRepColdMs: cold.ms,
    quarterByRepWarm: warm,
    quarterInteractions: cold.value.totals.interactions,
    quarterByTeamWarm: percentiles(await timeMany(10, 1, () => report({ ...quarter, groupBy: 'team' }))),
    quarterByWeekWarm: percentiles(await timeMany(10, 1, () => report({ ...quarter, groupBy: 'week' }))),
    quarterManagerByRepWarm: percentiles(await timeMany(10, 1, () => report(quarter, manager))),
    yearByMediumFirstThenWarm: [(await time(() => report({ from: dayOf(iso(now - 365 * DAY_MS)), to: today, groupBy: 'medium' }))).ms, percentiles(await timeMany(5, 1, () => report({ from: dayOf(iso(now - 365 * DAY_MS)), to: today, groupBy: 'medium' })))],
  };

  // Logging with and without the insight fan-out, alternately, on tiers of this store.
  const rep: Caller = { userId: 'rep0', name: 'Rep 0', roles: ['rep'], teams: ['nord'] };
  const tierIds = await mapLimited(Array.from({ length: 40 }, (_, i) => i), 4, async (i) => (await createTier(deps, rep, { kind: 'organisation', names: [{ type: 'legal', value: `Banc Score ${i} SAS` }] }, { confirm: 'distinct' })).value.id);
  const plain: Deps = { ...deps, insight: undefined };
  const draft = (i: number) => ({ direction: i % 2 ? 'inbound' : 'outbound', medium: 'email', occurredAt: iso(now), participants: [{ tierId: tierIds[i % tierIds.length]! }, { tierId: tierIds[(i * 7 + 3) % tierIds.length]! }] });
  const withInsight: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < options.samples; i += 1) {
    withInsight.push((await time(() => logInteraction(deps, rep, draft(i)))).ms);
    without.push((await time(() => logInteraction(plain, rep, draft(i + 1)))).ms);
  }
  const interactionsOnly = await timeMany(options.samples, 1, async (i) => {
    const logged = await logInteraction(plain, rep, draft(i + 2));
    const start = performance.now();
    await recordInteractionInsight(deps, logged.value);
    return performance.now() - start;
  });
  const p = (list: number[]) => percentiles(list);
  return {
    scale: { tiers: options.tiers, interactions: options.interactions, reps: options.reps, summaryBuckets: seeded.value.buckets, summaryOwnRows: seeded.value.ownRows, repDayRows: seeded.value.repDayRows },
    seeding: {
      note: 'Summaries and rep-day rows were built in memory with the domain functions and written directly (logging 1,000,000 interactions through the API would take hours on the embedded store).',
      generateMs: generated.ms,
      writeMs: seeded.ms,
    },
    segments,
    reports: { ...reports, target: 'a quarter report under 300 ms' },
    scoreUpdate: {
      target: 'under 10 ms added to logging',
      logWithInsight: p(withInsight),
      logWithoutInsight: p(without),
      addedP50Ms: Math.round((p(withInsight).p50 - p(without).p50) * 100) / 100,
      insightFanOutAlone: p(interactionsOnly.map((x) => x)),
      note: 'The fan-out for two participants: each summary read and merged under its ETag, and the performer’s day, in parallel with the timeline writes.',
    },
  };
};
