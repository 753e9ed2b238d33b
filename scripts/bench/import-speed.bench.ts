import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { legacyCrmMapping, type BulkWrites, type Caller, type Deps } from '@relais/domain';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { importCsv } from '../../functions/src/import/import-csv';
import { syntheticExport } from './synthetic-export';

export type ImportSpeedOptions = { connectionString: string; megabytes: number };

const steward: Caller = { userId: 'bench-import', name: 'Bench import', roles: ['steward'], teams: ['bench'] };
const PARALLEL = 32;

/** Entities a batch's writes put in storage: tier rows, interactions, index entries, posting lists, summaries. */
const entitiesOf = (w: BulkWrites): number =>
  w.partitions.reduce((n, p) => n + (p.create || p.update ? 1 : 0) + p.facts.length + p.relations.length + p.timeline.length, 0) +
  w.interactions.length + w.index.length + w.blocks.length + w.newSummaries.length + w.changedSummaries.length;

/**
 * CPU seconds used so far by this process and by its children (the bench's Azurite): on a machine
 * other work shares, rows a second say how busy the machine was; CPU a row says what the import costs.
 */
const cpuSeconds = async (): Promise<{ own: number; storage: number }> => {
  const own = process.cpuUsage();
  let storage = 0;
  const children = await readFile(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').catch(() => '');
  for (const pid of children.trim().split(/\s+/).filter(Boolean)) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    storage += (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
  }
  return { own: (own.user + own.system) / 1e6, storage };
};

const cpuSince = async (start: { own: number; storage: number }, rows: number) => {
  const now = await cpuSeconds();
  const own = now.own - start.own;
  const storage = now.storage - start.storage;
  return { importerCpuMsPerRow: Math.round((own / rows) * 10000) / 10, storageCpuMsPerRow: Math.round((storage / rows) * 10000) / 10 };
};

/** Resident memory sampled as the work runs: its peak, and where it ended. */
const sampleMemory = () => {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return () => {
    clearInterval(timer);
    return { peakRssMB: Math.round(peak / 1024 / 1024), endRssMB: Math.round(process.memoryUsage().rss / 1024 / 1024) };
  };
};

/**
 * The floor: as many entities as the import wrote, inserted raw into one table, 100 to a partition
 * per entity-group transaction, as many transactions at once as the import runs. No import writes
 * faster than this on the same storage.
 */
const rawBatchedInserts = async (connectionString: string, table: string, entities: number) => {
  const client = TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });
  await client.createTable();
  const payload = 'x'.repeat(400);
  const batches = Math.ceil(entities / 100);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let b = next++; b < batches; b = next++) {
        const size = Math.min(100, entities - b * 100);
        await client.submitTransaction(Array.from({ length: size }, (_, i): TransactionAction => ['create', { partitionKey: `p${b}`, rowKey: `r${i}`, data: payload }]));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { entities, seconds: Math.round(seconds * 10) / 10, entitiesPerSecond: Math.round(entities / seconds) };
};

/** One import into tables of its own: rows a second, entities written, memory, beside the floor of raw batched inserts of as many entities. */
const measure = async (options: ImportSpeedOptions, prefix: string, open: () => AsyncIterable<Uint8Array>) => {
  const app = await createAppFromEnv(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: options.connectionString, RELAIS_TABLE_PREFIX: prefix, RELAIS_RATE_LIMIT_PER_MINUTE: '0' }));
  let entities = 0;
  const bulk = app.deps.bulk!;
  const deps: Deps = {
    ...app.deps,
    bulk: {
      ...bulk,
      write: (writes) => {
        entities += entitiesOf(writes);
        return bulk.write(writes);
      },
    },
  };
  const memory = sampleMemory();
  const cpu = await cpuSeconds();
  const started = performance.now();
  const report = await importCsv(deps, open, { caller: steward, lang: 'en', mapping: legacyCrmMapping, dryRun: false });
  const seconds = (performance.now() - started) / 1000;
  const rss = memory();
  const used = await cpuSince(cpu, report.rows.read);
  const floorCpu = await cpuSeconds();
  const floor = await rawBatchedInserts(options.connectionString, `${prefix}Floor`, entities);
  const floorUsed = await cpuSince(floorCpu, report.rows.read);
  const rowsPerSecond = Math.round(report.rows.read / seconds);
  return {
    rows: report.rows.read,
    megabytes: Math.round((report.file.bytes / 1024 / 1024) * 10) / 10,
    organisations: report.organisations.created,
    persons: report.persons.created,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond,
    entitiesWritten: entities,
    entitiesPerRow: Math.round((entities / report.rows.read) * 10) / 10,
    ...rss,
    ...used,
    floor: { ...floor, rowsPerSecondAtFloor: Math.round(report.rows.read / (floor.seconds || 1)), ...floorUsed },
    shareOfFloor: Math.round((entities / seconds / floor.entitiesPerSecond) * 100) / 100,
  };
};

/**
 * `--only import`: the legacy export and a synthetic export of `megabytes` imported into Azurite
 * from scratch, each beside the floor measured in the same run (raw batched inserts of as many
 * entities); the target is 1,000 rows a second with flat memory.
 */
export const benchImportSpeed = async (options: ImportSpeedOptions) => {
  const legacy = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'legacy', 'legacy-crm-export.csv'));
  return {
    legacy: await measure(options, 'bimpa', async function* () {
      yield legacy;
    }),
    large: await measure(options, 'bimpb', () => syntheticExport(options.megabytes)),
    targetRowsPerSecond: 1000,
  };
};
