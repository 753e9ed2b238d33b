import { odata } from '@azure/data-tables';
import type { InsightCatchUpItem, InsightCatchUpStore, PendingCatchUp } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { decodeKey, encodeKey } from './keys';
import { statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * Insight work waiting to be redone, in one small partition (usually empty). Marks are blind upserts:
 * they never lose a race, which is the point when the row the work was for could not be won.
 */
const PARTITION = 'pending';

export const createCatchUpRepository = (tables: TableSet): InsightCatchUpStore => {
  const table = () => tables.table('InsightCatchUp');
  return {
    mark: async (key, item) => {
      await (await table()).upsertEntity(toEntity(PARTITION, encodeKey(key), item), 'Replace');
    },
    pending: async (limit) => {
      const pages = (await table())
        .listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } })
        .byPage({ maxPageSize: limit });
      const found: PendingCatchUp[] = [];
      for await (const page of pages) {
        for (const e of page) found.push({ key: decodeKey(e.rowKey ?? ''), item: fromEntity<InsightCatchUpItem>(e), etag: e.etag });
        break;
      }
      return found;
    },
    clear: async ({ key, etag }) => {
      try {
        await (await table()).deleteEntity(PARTITION, encodeKey(key), { etag });
        return true;
      } catch (error) {
        // Gone already (another catch-up), or marked again since read: the new mark stays for the next run.
        if (statusOf(error) === 404) return true;
        if (statusOf(error) === 412) return false;
        throw error;
      }
    },
  };
};
