import { odata } from '@azure/data-tables';
import { DomainError, type ActivityStore, type DayRollup, type RepDay, type RepInfo } from '@relais/domain';
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
export const rollupKeys = (day: string) => ({ partitionKey: `y${day.slice(0, 4)}`, rowKey: compact(day) });
const yearPartition = (day: string) => rollupKeys(day).partitionKey;
const REPS = 'reps';

const stale = () => new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The activity changed since it was read.');

export const createAggregateRepository = (tables: TableSet): ActivityStore => {
  const days = () => tables.table('ActivityDays');
  const rollups = () => tables.table('ActivityRollups');

  const markStale = async (day: string) =>
    (await rollups()).upsertEntity({ partitionKey: yearPartition(day), rowKey: compact(day), stale: true }, 'Merge');

  return {
    getDay: async (day, rep) => {
      const client = await days();
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(dayPartition(day), encodeKey(rep)));
      return entity && { value: fromEntity<RepDay>(entity), etag: entity.etag };
    },

    putDay: async (row, etag) => {
      const client = await days();
      const entity = toEntity(dayPartition(row.day), encodeKey(row.rep), row);
      try {
        if (etag) await client.updateEntity(entity, 'Replace', { etag });
        else await client.createEntity(entity);
      } catch (error) {
        if (isConflict(error) || statusOf(error) === 412 || isNotFound(error)) throw stale();
        throw error;
      }
      await markStale(row.day);
    },

    repDays: async (from, to) => {
      const client = await days();
      const rows: RepDay[] = [];
      const filter = odata`PartitionKey ge ${dayPartition(from)} and PartitionKey lt ${dayPartition(to)}`;
      const pages = client.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 });
      for await (const page of pages) for (const e of page) rows.push(fromEntity(e));
      return rows;
    },

    rollups: async (from, to) => {
      const client = await rollups();
      const years = Array.from({ length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 }, (_, i) => String(Number(from.slice(0, 4)) + i));
      const found = await Promise.all(
        years.map(async (year) => {
          const filter = odata`PartitionKey eq ${`y${year}`} and RowKey ge ${compact(from)} and RowKey lt ${compact(to)}`;
          const rows: (Awaited<ReturnType<ActivityStore['rollups']>>[number])[] = [];
          for await (const e of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
            const key = e.rowKey ?? '';
            const day = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`;
            const built = e.data0 !== undefined;
            rows.push({ value: built ? fromEntity<DayRollup>(e) : { day, reps: {} }, etag: e.etag, stale: e.stale === true || !built });
          }
          return rows;
        }),
      );
      return found.flat();
    },

    putRollup: async (rollup, etag) => {
      const client = await rollups();
      const entity = toEntity(yearPartition(rollup.day), compact(rollup.day), rollup, { stale: false });
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
