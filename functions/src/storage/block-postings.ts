import type { TableClient } from '@azure/data-tables';
import { BLOCK_KEY_CAP } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';

const ROW = 'postings';
const ATTEMPTS = 20;

type Postings = { ids: string[]; etag?: string };

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));

/**
 * A matching block key is one entity listing the tiers under it (a posting list), not one entity per
 * tier: finding a draft's candidates is then a handful of point reads, which every Table
 * implementation serves fast, where a partition query may scan. Writers update the list under
 * its ETag and retry when another writer got there first.
 */
export const createBlockPostings = (client: () => Promise<TableClient>) => {
  const read = async (partitionKey: string): Promise<Postings> => {
    const table = await client();
    const entity = await readOrUndefined(() => table.getEntity<Record<string, unknown>>(partitionKey, ROW));
    return entity ? { ids: fromEntity<string[]>(entity), etag: entity.etag } : { ids: [] };
  };

  /** Applies `change` to the list until it lands on the version it was computed from. */
  const update = async (partitionKey: string, change: (ids: string[]) => string[] | undefined): Promise<void> => {
    const table = await client();
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const current = await read(partitionKey);
      const next = change(current.ids);
      if (!next) return;
      try {
        if (!current.etag) await table.createEntity(toEntity(partitionKey, ROW, next));
        else if (next.length === 0) await table.deleteEntity(partitionKey, ROW, { etag: current.etag });
        else await table.updateEntity(toEntity(partitionKey, ROW, next), 'Replace', { etag: current.etag });
        return;
      } catch (error) {
        if (!isConflict(error) && statusOf(error) !== 412 && !isNotFound(error)) throw error;
        await pause(attempt);
      }
    }
    throw new Error(`Block key ${partitionKey} is too busy; the repair pass will complete it.`);
  };

  /** Most keys belong to one tier only: creating the list outright saves reading it first. */
  const create = async (partitionKey: string, id: string): Promise<boolean> => {
    try {
      await (await client()).createEntity(toEntity(partitionKey, ROW, [id]));
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  };

  return {
    ids: async (partitionKey: string): Promise<string[]> => (await read(partitionKey)).ids,
    // A full list stays as it is: the key has stopped telling tiers apart.
    add: async (partitionKey: string, id: string): Promise<void> => {
      if (await create(partitionKey, id)) return;
      await update(partitionKey, (ids) => (ids.includes(id) || ids.length >= BLOCK_KEY_CAP ? undefined : [...ids, id].sort()));
    },
    remove: (partitionKey: string, id: string) => update(partitionKey, (ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : undefined)),
  };
};
