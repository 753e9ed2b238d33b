import { odata } from '@azure/data-tables';
import type { PendingKind, PendingMarker, PendingWorkStore } from '@relais/domain';
import { encodeKey } from '../storage/keys';
import { isNotFound } from '../storage/storage-errors';
import type { TableSet } from '../storage/table-set';

type Row = { partitionKey: string; rowKey: string; since: string; marker: string };

/**
 * One partition per kind of pending work, one row per record, holding only what is not complete: the
 * sweep's query stays within a partition of a few rows, whatever the size of the base. Marks are
 * blind upserts (idempotent, never conflicting).
 */
export const createPendingWorkRepository = (tables: TableSet): PendingWorkStore => {
  const table = () => tables.table('PendingWork');
  return {
    mark: async (marker) => {
      const row: Row = { partitionKey: marker.kind, rowKey: encodeKey(marker.id), since: marker.since, marker: JSON.stringify(marker) };
      await (await table()).upsertEntity(row, 'Replace');
    },
    clear: async (kind: PendingKind, id: string) => {
      try {
        await (await table()).deleteEntity(kind, encodeKey(id));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
    stale: async (kind, before, limit) => {
      const pages = (await table()).listEntities<Row>({ queryOptions: { filter: odata`PartitionKey eq ${kind} and since lt ${before}` } }).byPage({ maxPageSize: limit });
      const found: PendingMarker[] = [];
      for await (const page of pages) {
        found.push(...page.map((row) => JSON.parse(row.marker) as PendingMarker));
        if (found.length >= limit) break;
      }
      return found.slice(0, limit);
    },
  };
};
