import { odata } from '@azure/data-tables';
import { DomainError, type ActivityStore, type DayRollup, type RepDay, type RepInfo, type RollupGrain } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { decodeKey, encodeKey } from './keys';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * Activity aggregates. ActivityDays: one row per (day, rep) holding that day's events (partition =
 * the day, so a day's rows are one partition query). ActivityRollups: one row per day with every
 * rep's figures (partition = the year), plus the rep directory; a report reads a quarter's rollups in
 * one query. A day's write marks its rollup stale by a blind merge, which never conflicts.
 */
const compact = (day: string) => day.replace(/-/g, '');
/** The keys of a rep's day and of a day's rollup (the benchmark seeds them directly). */
export const dayPartition = (day: string) => `d${compact(day)}`;
/** A day's rollup in its year's partition (`y2026`/`20261123`); a month's in `m2026`/`202611`. */
export const rollupKeys = (day: string, grain: RollupGrain = 'day') =>
  grain === 'day' ? { partitionKey: `y${day.slice(0, 4)}`, rowKey: compact(day) } : { partitionKey: `m${day.slice(0, 4)}`, rowKey: compact(day).slice(0, 6) };
const REPS = 'reps';

const stale = () => new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The activity changed since it was read.');

export const createAggregateRepository = (tables: TableSet): ActivityStore => {
  const days = () => tables.table('ActivityDays');
  const rollups = () => tables.table('ActivityRollups');

  /** Blind merges: they never conflict, and change the rollups' ETags so a rebuild under way keeps them stale. */
  const markStale = async (day: string) => {
    const client = await rollups();
    await Promise.all([client.upsertEntity({ ...rollupKeys(day), stale: true }, 'Merge'), client.upsertEntity({ ...rollupKeys(day, 'month'), stale: true }, 'Merge')]);
  };

  return {
    getDay: async (day, rep) => {
      const client = await days();
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(dayPartition(day), encodeKey(rep)));
      return entity && { value: fromEntity<RepDay>(entity), etag: entity.etag };
    },

    putDay: async (row, etag) => {
      const client = await days();
      const entity = toEntity(dayPartition(row.day), encodeKey(row.rep), row);
      let written: string | undefined;
      try {
        written = (etag ? await client.updateEntity(entity, 'Replace', { etag }) : await client.createEntity(entity)).etag;
      } catch (error) {
        if (isConflict(error) || statusOf(error) === 412 || isNotFound(error)) throw stale();
        throw error;
      }
      await markStale(row.day);
      return written ?? '';
    },

    repDays: async (from, to) => {
      const client = await days();
      const rows: RepDay[] = [];
      const filter = odata`PartitionKey ge ${dayPartition(from)} and PartitionKey lt ${dayPartition(to)}`;
      const pages = client.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 });
      for await (const page of pages) for (const e of page) rows.push(fromEntity(e));
      return rows;
    },

    rollups: async (from, to, grain = 'day') => {
      const client = await rollups();
      const years = Array.from({ length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 }, (_, i) => String(Number(from.slice(0, 4)) + i));
      const found = await Promise.all(
        years.map(async (year) => {
          const [start, end] = [rollupKeys(from, grain).rowKey, rollupKeys(to, grain).rowKey];
          const filter = odata`PartitionKey eq ${rollupKeys(`${year}`, grain).partitionKey} and RowKey ge ${start} and RowKey lt ${end}`;
          const rows: (Awaited<ReturnType<ActivityStore['rollups']>>[number])[] = [];
          for await (const e of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
            const key = e.rowKey ?? '';
            const day = grain === 'day' ? `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}` : `${key.slice(0, 4)}-${key.slice(4, 6)}`;
            const built = e.data0 !== undefined;
            rows.push({ value: built ? fromEntity<DayRollup>(e) : { day, reps: {} }, etag: e.etag, stale: e.stale === true || !built });
          }
          return rows;
        }),
      );
      return found.flat();
    },

    putRollup: async (rollup, etag, grain = 'day') => {
      const client = await rollups();
      const { partitionKey, rowKey } = rollupKeys(rollup.day, grain);
      const entity = toEntity(partitionKey, rowKey, rollup, { stale: false });
      try {
        if (etag) await client.updateEntity(entity, 'Replace', { etag });
        else await client.createEntity(entity);
        return true;
      } catch (error) {
        // The day changed while it was rebuilt: it stays stale and the next report rebuilds it.
        if (isConflict(error) || statusOf(error) === 412 || isNotFound(error)) return false;
        throw error;
      }
    },

    putRep: async (rep) => {
      await (await rollups()).upsertEntity(toEntity(REPS, encodeKey(rep.id), rep), 'Replace');
    },

    reps: async () => {
      const client = await rollups();
      const found: RepInfo[] = [];
      for await (const e of client.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${REPS}` } }))
        found.push({ ...fromEntity<RepInfo>(e), id: decodeKey(e.rowKey ?? '') });
      return found;
    },
  };
};
