import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import { DomainError, type InsightBucket, type TierInsight, type TierInsightStore } from '@relais/domain';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * Tier summaries, packed: each tier hashes to one of 4,096 buckets, a bucket is one row holding one
 * property per tier (the "wide entity" pattern), and buckets spread over 16 shard partitions. A write
 * merges one property under the bucket's ETag; evaluating a segment reads 4,096 rows, not one row per
 * tier. At ~25 tiers a bucket for 100,000 tiers, a bucket stays far from the 252-property limit up to
 * about 500,000 tiers; beyond, raise BUCKETS (and rebuild the summaries).
 */
const BUCKETS = 4096;
const SHARDS = 16;
const PAGE = 64;
const PARALLEL_SHARDS = 4;
const PREFIX = 't_';

const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
};

export const bucketOf = (tierId: string): { partitionKey: string; rowKey: string } => {
  const bucket = fnv1a(tierId) % BUCKETS;
  return { partitionKey: `s${String(bucket % SHARDS).padStart(2, '0')}`, rowKey: `b${String(bucket).padStart(4, '0')}` };
};

/** Property names are C# identifiers: `_` and `-` of an id are escaped so two ids never share one. */
export const propertyOf = (tierId: string): string => `${PREFIX}${tierId.replace(/_/g, '_u').replace(/-/g, '_h')}`;

const stale = () => new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The summary changed since it was read.');

const insightsOf = (entity: Record<string, unknown>): TierInsight[] =>
  Object.entries(entity)
    .filter(([key, value]) => key.startsWith(PREFIX) && typeof value === 'string')
    .map(([, value]) => JSON.parse(value as string) as TierInsight);

const keyOf = (entity: { partitionKey?: string; rowKey?: string }) => `${entity.partitionKey}-${entity.rowKey}`;

export const createSummaryRepository = (tables: TableSet): TierInsightStore => {
  const table = () => tables.table('TierSummaries');

  const readBuckets = async function* (client: TableClient, filter: string | undefined): AsyncIterable<TableEntityResult<Record<string, unknown>>[]> {
    const pages = client.listEntities<Record<string, unknown>>({ queryOptions: filter ? { filter } : {} }).byPage({ maxPageSize: PAGE });
    for await (const page of pages) yield page;
  };

  return {
    read: async (tierId) => {
      const client = await table();
      const { partitionKey, rowKey } = bucketOf(tierId);
      const property = propertyOf(tierId);
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(partitionKey, rowKey, { queryOptions: { select: [property] } }));
      if (!entity) return {};
      const json = entity[property];
      return { value: typeof json === 'string' ? (JSON.parse(json) as TierInsight) : undefined, etag: entity.etag };
    },

    write: async (insight, etag) => {
      const client = await table();
      const entity = { ...bucketOf(insight.tierId), [propertyOf(insight.tierId)]: JSON.stringify(insight) };
      try {
        if (etag) await client.updateEntity(entity, 'Merge', { etag });
        else await client.createEntity(entity);
      } catch (error) {
        if (isConflict(error) || statusOf(error) === 412 || isNotFound(error)) throw stale();
        throw error;
      }
    },

    remove: async (tierId) => {
      const client = await table();
      const { partitionKey, rowKey } = bucketOf(tierId);
      const property = propertyOf(tierId);
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(partitionKey, rowKey));
        if (!entity || !(property in entity)) return;
        const kept = Object.fromEntries(Object.entries(entity).filter(([key]) => key.startsWith(PREFIX) && key !== property));
        try {
          await client.updateEntity({ partitionKey, rowKey, ...kept } as { partitionKey: string; rowKey: string }, 'Replace', { etag: entity.etag });
          return;
        } catch (error) {
          if (statusOf(error) !== 412) throw error;
        }
      }
      throw stale();
    },

    scan: async function* (from) {
      const client = await table();
      const [partitionKey, rowKey] = from ? from.split('-') : [];
      const filter = partitionKey && rowKey ? odata`(PartitionKey eq ${partitionKey} and RowKey ge ${rowKey}) or PartitionKey gt ${partitionKey}` : undefined;
      for await (const page of readBuckets(client, filter))
        for (const entity of page) yield { key: keyOf(entity), insights: insightsOf(entity) } satisfies InsightBucket;
    },

    scanAll: async function* () {
      const client = await table();
      const shards = Array.from({ length: SHARDS }, (_, i) => `s${String(i).padStart(2, '0')}`);
      // Shards are read a few at a time in parallel; each group is yielded as soon as it is complete.
      for (let i = 0; i < shards.length; i += PARALLEL_SHARDS) {
        const groups = await Promise.all(
          shards.slice(i, i + PARALLEL_SHARDS).map(async (shard) => {
            const insights: TierInsight[] = [];
            for await (const page of readBuckets(client, odata`PartitionKey eq ${shard}`)) for (const entity of page) insights.push(...insightsOf(entity));
            return insights;
          }),
        );
        for (const group of groups) yield group;
      }
    },
  };
};
