import type { TableClient } from '@azure/data-tables';
import { BLOCK_KEY_CAP } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';

/** A key many tiers share is written by many at once in a bulk load: retries back off (a few seconds at most in all). */
const ATTEMPTS = 60;
const BUCKETS = 4096;

/** FNV-1a: a stable spread of keys over buckets. */
const bucketOf = (key: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return (hash % BUCKETS).toString(16).padStart(3, '0');
};

/**
 * Where a block key's posting list lives: partitions are buckets of keys, so a bulk load writes many
 * lists in one entity-group transaction, and a lookup is still one point read.
 */
export const blockPostingAddress = (key: string): { partitionKey: string; rowKey: string } => {
  const rowKey = encodeKey(key);
  return { partitionKey: `block~${bucketOf(rowKey)}`, rowKey };
};

/**
 * A posting list as an entity (the ids as JSON, split over properties when long), with their count
 * apart so that a word's document frequency is read without the list.
 */
export const blockPostingEntity = (key: string, ids: readonly string[]) => {
  const { partitionKey, rowKey } = blockPostingAddress(key);
  return toEntity(partitionKey, rowKey, ids, { count: ids.length });
};

type Postings = { ids: string[]; etag?: string };

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 2 ** attempt)));

/**
 * A matching block key is one entity listing the tiers under it (a posting list), not one entity per
 * tier: finding a draft's candidates is then a handful of point reads, which every Table
 * implementation serves fast, where a partition query may scan. Writers update the list under
 * its ETag and retry when another writer got there first.
 */
export const createBlockPostings = (client: () => Promise<TableClient>) => {
  const read = async (key: string): Promise<Postings> => {
    const table = await client();
    const { partitionKey, rowKey } = blockPostingAddress(key);
    const entity = await readOrUndefined(() => table.getEntity<Record<string, unknown>>(partitionKey, rowKey));
    return entity ? { ids: fromEntity<string[]>(entity), etag: entity.etag } : { ids: [] };
  };

  /** Applies `change` to the list until it lands on the version it was computed from. */
  const update = async (key: string, change: (ids: string[]) => string[] | undefined): Promise<void> => {
    const table = await client();
    const { partitionKey, rowKey } = blockPostingAddress(key);
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const current = await read(key);
      const next = change(current.ids);
      if (!next) return;
      try {
        if (!current.etag) await table.createEntity(blockPostingEntity(key, next));
        else if (next.length === 0) await table.deleteEntity(partitionKey, rowKey, { etag: current.etag });
        else await table.updateEntity(blockPostingEntity(key, next), 'Replace', { etag: current.etag });
        return;
      } catch (error) {
        if (!isConflict(error) && statusOf(error) !== 412 && !isNotFound(error)) throw error;
        await pause(attempt);
      }
    }
    throw new Error(`Block key ${key} is too busy; the repair pass will complete it.`);
  };

  /** Most keys belong to one tier only: creating the list outright saves reading it first. */
  const create = async (key: string, id: string): Promise<boolean> => {
    try {
      await (await client()).createEntity(blockPostingEntity(key, [id]));
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  };

  /** The list's length alone (lists written before it was kept are read whole). */
  const count = async (key: string): Promise<number> => {
    const table = await client();
    const { partitionKey, rowKey } = blockPostingAddress(key);
    const entity = await readOrUndefined(() => table.getEntity<{ count?: number }>(partitionKey, rowKey, { queryOptions: { select: ['count'] } }));
    if (!entity) return 0;
    return typeof entity.count === 'number' ? entity.count : (await read(key)).ids.length;
  };

  return {
    ids: async (key: string): Promise<string[]> => (await read(key)).ids,
    count,
    // A full list stays as it is: the key has stopped telling tiers apart.
    add: async (key: string, id: string): Promise<void> => {
      if (await create(key, id)) return;
      await update(key, (ids) => (ids.includes(id) || ids.length >= BLOCK_KEY_CAP ? undefined : [...ids, id].sort()));
    },
    remove: (key: string, id: string) => update(key, (ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : undefined)),
  };
};
