import { odata } from '@azure/data-tables';
import type { IndexHit, IndexName, IndexStore } from '@relais/domain';
import { createBlockPostings } from './block-postings';
import { decodeKey, encodeKey, prefixEnd } from './keys';
import { mentionPartition } from './mention-postings';
import { isConflict, isNotFound, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

/** An index key's partition: its entries (one per target) are the rows. */
export const indexPartitionKey = (name: IndexName, key: string): string => (name === 'mention' ? mentionPartition(key) : `${name}~${encodeKey(key)}`);

/**
 * Index entities: PartitionKey `<index>~<key>`, RowKey the target id (both encoded); writes are idempotent upserts.
 * Matching block keys are posting lists instead (see block-postings.ts); mention tokens are hashed
 * into their key (see mention-postings.ts).
 */
export const createIndexRepository = (tables: TableSet): IndexStore => {
  const pk = indexPartitionKey;
  const hitOf = (name: IndexName) => (e: { partitionKey?: string; rowKey?: string; data?: unknown }): IndexHit => ({
    key: (e.partitionKey ?? '').slice(name.length + 1),
    targetId: decodeKey(e.rowKey ?? ''),
    data: typeof e.data === 'string' ? e.data : undefined,
  });
  const client = () => tables.table('Indexes');
  const blocks = createBlockPostings(client);
  const blockHits = async (key: string): Promise<IndexHit[]> => (await blocks.ids(key)).map((targetId) => ({ key: encodeKey(key), targetId }));
  const find: IndexStore['find'] = async (name, key) => {
    if (name === 'block') return blockHits(key);
    const hits: IndexHit[] = [];
    const filter = odata`PartitionKey eq ${pk(name, key)}`;
    for await (const e of (await client()).listEntities<{ data?: string }>({ queryOptions: { filter } })) hits.push(hitOf(name)(e));
    return hits;
  };

  return {
    put: async (name, key, targetId, data) => {
      if (name === 'block') return blocks.add(key, targetId);
      await (await client()).upsertEntity({ partitionKey: pk(name, key), rowKey: encodeKey(targetId), ...(data === undefined ? {} : { data }) }, 'Replace');
    },
    remove: async (name, key, targetId) => {
      if (name === 'block') return blocks.remove(key, targetId);
      try {
        await (await client()).deleteEntity(pk(name, key), encodeKey(targetId));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
    find,
    count: async (name, key) => (name === 'block' ? blocks.count(key) : (await find(name, key)).length),
    has: async (name, key, targetId) => {
      if (name === 'block') return (await blockHits(key)).some((h) => h.targetId === targetId);
      const table = await client();
      return (await readOrUndefined(() => table.getEntity(pk(name, key), encodeKey(targetId)))) !== undefined;
    },
    page: async (name, key, limit, after) => {
      if (name === 'block') return (await blockHits(key)).filter((h) => after === undefined || h.targetId > after).slice(0, limit);
      const filter = after === undefined ? odata`PartitionKey eq ${pk(name, key)}` : odata`PartitionKey eq ${pk(name, key)} and RowKey gt ${encodeKey(after)}`;
      const pages = (await client()).listEntities<{ data?: string }>({ queryOptions: { filter } }).byPage({ maxPageSize: Math.min(limit, 1000) });
      // The service may answer a short page with more after it (a query's time limit): read on to `limit` or the end.
      const hits: IndexHit[] = [];
      for await (const page of pages) {
        hits.push(...page.map(hitOf(name)));
        if (hits.length >= limit) break;
      }
      return hits.slice(0, limit);
    },
    findByPrefix: async (name, prefix, limit) => {
      const start = pk(name, prefix);
      const filter = odata`PartitionKey ge ${start} and PartitionKey lt ${prefixEnd(start)}`;
      const hits: IndexHit[] = [];
      for await (const e of (await client()).listEntities<{ data?: string }>({ queryOptions: { filter } })) {
        hits.push(hitOf(name)(e));
        if (hits.length >= limit) break;
      }
      return hits;
    },
    claim: async (name, key, targetId) => {
      const table = await client();
      try {
        await table.createEntity({ partitionKey: pk(name, `${key}`), rowKey: 'claim', targetId });
        return undefined;
      } catch (error) {
        if (!isConflict(error)) throw error;
        const holder = await table.getEntity<{ targetId: string }>(pk(name, key), 'claim');
        return holder.targetId === targetId ? undefined : holder.targetId;
      }
    },
  };
};
