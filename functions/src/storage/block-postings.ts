import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { BLOCK_KEY_CAP, type PostingList } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { mapLimited } from './parallel';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';

/** A key many tiers share is written by many at once in a bulk load: retries back off (a few seconds at most in all). */
const ATTEMPTS = 60;
const BUCKETS = 4096;
const KEYS_PER_QUERY = 14;
const PARALLEL_BUCKETS = 16;

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

type Postings = PostingList;

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

  /**
   * Lists of several keys of one bucket: a few per query (a filter holds at most 15 comparisons: 14
   * keys and the partition), or the whole bucket in one query when many of its keys are wanted.
   */
  const readBucket = async (partitionKey: string, rowKeys: readonly string[]): Promise<Map<string, Postings>> => {
    const table = await client();
    const found = new Map<string, Postings>();
    const wanted = new Set(rowKeys);
    const filters =
      rowKeys.length > 2 * KEYS_PER_QUERY
        ? [odata`PartitionKey eq ${partitionKey}`]
        : Array.from({ length: Math.ceil(rowKeys.length / KEYS_PER_QUERY) }, (_, i) => {
            const keys = rowKeys.slice(i * KEYS_PER_QUERY, (i + 1) * KEYS_PER_QUERY);
            return `${odata`PartitionKey eq ${partitionKey}`} and (${keys.map((k) => odata`RowKey eq ${k}`).join(' or ')})`;
          });
    for (const filter of filters)
      for await (const entity of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }))
        if (wanted.has(entity.rowKey ?? '')) found.set(entity.rowKey ?? '', { ids: fromEntity<string[]>(entity), etag: entity.etag });
    return found;
  };

  /** Keys grouped by the bucket partition their list lives in. */
  const byBucket = <T extends { key: string }>(items: readonly T[]): Map<string, (T & { rowKey: string })[]> => {
    const buckets = new Map<string, (T & { rowKey: string })[]>();
    for (const item of items) {
      const { partitionKey, rowKey } = blockPostingAddress(item.key);
      const bucket = buckets.get(partitionKey);
      if (bucket) bucket.push({ ...item, rowKey });
      else buckets.set(partitionKey, [{ ...item, rowKey }]);
    }
    return buckets;
  };

  /** Many lists at once, each with its ETag (none: the list does not exist), a bucket per query. */
  const readMany = async (keys: readonly string[]): Promise<Map<string, Postings>> => {
    const found = new Map<string, Postings>();
    await mapLimited([...byBucket(keys.map((key) => ({ key })))], PARALLEL_BUCKETS, async ([partitionKey, items]) => {
      const lists = await readBucket(partitionKey, items.map((i) => i.rowKey));
      for (const item of items) found.set(item.key, lists.get(item.rowKey) ?? { ids: [] });
    });
    return found;
  };

  /**
   * Adds and removes ids on many lists at once, per bucket in entity-group transactions under the
   * lists' ETags: those the caller read already (`base`) are not read again; a bucket that lost a
   * race is read again and retried. Answers the lists as written, with their new ETags.
   */
  const updateMany = async (changes: readonly { key: string; add: readonly string[]; remove: readonly string[]; base?: Postings }[]): Promise<Map<string, Postings>> => {
    const table = await client();
    const written = new Map<string, Postings>();
    await mapLimited([...byBucket(changes)], PARALLEL_BUCKETS, async ([partitionKey, bucketChanges]) => {
      let known = new Map(bucketChanges.flatMap((c) => (c.base ? [[c.rowKey, c.base] as const] : [])));
      for (let attempt = 0; ; attempt += 1) {
        const unknown = bucketChanges.filter((c) => !known.has(c.rowKey)).map((c) => c.rowKey);
        if (unknown.length > 0) {
          const read = await readBucket(partitionKey, unknown);
          for (const rowKey of unknown) known.set(rowKey, read.get(rowKey) ?? { ids: [] });
        }
        const planned: { key: string; ids: string[]; action?: TransactionAction }[] = bucketChanges.map((change) => {
          const now = known.get(change.rowKey)!;
          const ids = now.ids.filter((id) => !change.remove.includes(id));
          for (const id of change.add) if (!ids.includes(id) && ids.length < BLOCK_KEY_CAP) ids.push(id);
          ids.sort();
          if (JSON.stringify(ids) === JSON.stringify(now.ids)) return { key: change.key, ids };
          // An emptied list stays, empty, under its ETag: a transaction cannot delete conditionally.
          const action: TransactionAction = now.etag
            ? ['update', blockPostingEntity(change.key, ids), 'Replace', { etag: now.etag }]
            : ['create', blockPostingEntity(change.key, ids)];
          return { key: change.key, ids, action };
        });
        const acting = planned.filter((p) => p.action);
        try {
          for (let i = 0; i < acting.length; i += 100) {
            const chunk = acting.slice(i, i + 100);
            const result = await table.submitTransaction(chunk.map((p) => p.action!));
            chunk.forEach((p, j) => written.set(p.key, { ids: p.ids, etag: result.subResponses[j]?.etag }));
          }
          planned.filter((p) => !p.action).forEach((p) => written.set(p.key, { ids: p.ids, etag: known.get(blockPostingAddress(p.key).rowKey)!.etag }));
          return;
        } catch (error) {
          if ((!isConflict(error) && statusOf(error) !== 412 && !isNotFound(error)) || attempt >= ATTEMPTS) throw error;
          known = new Map();
          await pause(attempt);
        }
      }
    });
    return written;
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
    readMany,
    updateMany,
    count,
    // A full list stays as it is: the key has stopped telling tiers apart.
    add: async (key: string, id: string): Promise<void> => {
      if (await create(key, id)) return;
      await update(key, (ids) => (ids.includes(id) || ids.length >= BLOCK_KEY_CAP ? undefined : [...ids, id].sort()));
    },
    remove: (key: string, id: string) => update(key, (ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : undefined)),
  };
};
