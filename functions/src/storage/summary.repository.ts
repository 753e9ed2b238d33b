import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { DomainError, isStaleWrite, type InsightBucket, type TierInsight, type TierInsightStore } from '@relais/domain';
import { mapLimited } from './parallel';
import { isConflict, isNotFound, readOrUndefined, statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * Tier summaries, packed: each tier hashes to one of 4,096 buckets, a bucket is one row holding one
 * property per tier (the "wide entity" pattern), and buckets spread over 16 shard partitions.
 * Evaluating a segment reads the buckets, not one row per tier.
 *
 * Table Storage limits (entity ≤ 1 MiB, string property ≤ 64 KiB, ≤ 255 properties) hold by
 * construction:
 * - a summary is at most MAX_SUMMARY_CHARS (the domain's `fitInsight` bounds it; a larger one is refused);
 * - a bucket row holds only small summaries (≤ ROW_SUMMARY_CHARS) and at most MAX_IN_ROW of them, so
 *   it stays under 1 MiB and 255 properties whatever the number of tiers;
 * - a larger summary, or a new one in a full bucket, has a row of its own right after its bucket's
 *   (`b0123~t_<id>`, same partition, so scans read it with its bucket). A summary that grows moves out
 *   in one transaction that leaves a marker in the bucket; placement is serialised on the bucket's ETag.
 */
const BUCKETS = 4096;
const SHARDS = 16;
/** Members are listed a page at a time (small pages: the scan stops when the page is full); counts and exports read whole shards (the largest pages). */
const PAGE = 64;
const SCAN_ALL_PAGE = 1000;
const PARALLEL_SHARDS = 4;
const PREFIX = 't_';
/** How many tier properties (summaries and markers) the bucket counts, itself a property. */
const COUNT = 'n';
const MOVED = '@';
/** UTF-16 characters: 240 × (1,900 × 2 bytes + name) stays well under 1 MiB. */
export const ROW_SUMMARY_CHARS = 1_900;
export const MAX_IN_ROW = 240;
/** One string property holds at most 32K UTF-16 characters. */
export const MAX_SUMMARY_CHARS = 30_000;

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

/** The row of a summary too large for its bucket. */
export const ownRowOf = (tierId: string): { partitionKey: string; rowKey: string } => {
  const { partitionKey, rowKey } = bucketOf(tierId);
  return { partitionKey, rowKey: `${rowKey}~${propertyOf(tierId)}` };
};

const stale = () => new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The summary changed since it was read.');

/**
 * Where a read found a summary, carried to the write in the (opaque) ETag: in its bucket, in its own
 * row, or nowhere yet (with the bucket's ETag and count).
 */
type Place = { at: 'row'; etag: string } | { at: 'own'; etag: string } | { at: 'new'; etag: string | undefined; count: number };
const placeTag = (place: Place): string => JSON.stringify(place);
const placeOf = (etag: string | undefined): Place => (etag ? (JSON.parse(etag) as Place) : { at: 'new', etag: undefined, count: 0 });

const insightsOf = (entity: Record<string, unknown>): TierInsight[] => {
  if (typeof entity.data === 'string') return [JSON.parse(entity.data) as TierInsight];
  return Object.entries(entity)
    .filter(([key, value]) => key.startsWith(PREFIX) && typeof value === 'string' && value !== MOVED)
    .map(([, value]) => JSON.parse(value as string) as TierInsight);
};

const keyOf = (entity: { partitionKey?: string; rowKey?: string }) => `${entity.partitionKey}-${entity.rowKey}`;

/**
 * The rows a set of summaries makes when written at once (the benchmark's seeding), placed by the
 * same rules as one by one.
 */
export const packSummaries = (insights: readonly TierInsight[]): Record<string, unknown>[] => {
  const buckets = new Map<string, Record<string, unknown> & { n: number }>();
  const own: Record<string, unknown>[] = [];
  for (const insight of insights) {
    const json = JSON.stringify(insight);
    const keys = bucketOf(insight.tierId);
    const id = `${keys.partitionKey}/${keys.rowKey}`;
    const bucket = buckets.get(id) ?? buckets.set(id, { ...keys, n: 0 }).get(id)!;
    if (bucket.n >= MAX_IN_ROW) own.push({ ...ownRowOf(insight.tierId), data: json });
    else {
      bucket[propertyOf(insight.tierId)] = json.length <= ROW_SUMMARY_CHARS ? json : MOVED;
      bucket.n += 1;
      if (json.length > ROW_SUMMARY_CHARS) own.push({ ...ownRowOf(insight.tierId), data: json });
    }
  }
  return [...buckets.values(), ...own];
};

/** Bucket rows read at once in one query: a filter holds at most 15 comparisons. */
const ROWS_PER_QUERY = 14;
const PARALLEL_PLACEMENTS = 8;

/**
 * Places many summaries of tiers that have none yet (an import's batch), by the same rules as one by
 * one: each shard's bucket rows are read a few per query and merged with their new summaries under
 * their ETags, in entity-group transactions (a shard is one partition); a shard that lost a race is
 * read again. A summary already there (written meanwhile) is left as it is.
 */
export const createSummaryPlacement = (tables: TableSet) => async (insights: readonly TierInsight[]): Promise<void> => {
  const client = await tables.table('TierSummaries');
  const shards = new Map<string, TierInsight[]>();
  for (const insight of insights) {
    const { partitionKey } = bucketOf(insight.tierId);
    shards.set(partitionKey, [...(shards.get(partitionKey) ?? []), insight]);
  }
  await mapLimited([...shards], PARALLEL_PLACEMENTS, async ([partitionKey, members]) => {
    for (let attempt = 0; ; attempt += 1) {
      const rowKeys = [...new Set(members.map((m) => bucketOf(m.tierId).rowKey))];
      const rows = new Map<string, TableEntityResult<Record<string, unknown>>>();
      for (let i = 0; i < rowKeys.length; i += ROWS_PER_QUERY) {
        const keys = rowKeys.slice(i, i + ROWS_PER_QUERY);
        const filter = `${odata`PartitionKey eq ${partitionKey}`} and (${keys.map((k) => odata`RowKey eq ${k}`).join(' or ')})`;
        for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) rows.set(entity.rowKey ?? '', entity);
      }
      const changes = new Map<string, Record<string, unknown> & { n: number }>();
      const own: TransactionAction[] = [];
      for (const insight of members) {
        const { rowKey } = bucketOf(insight.tierId);
        const property = propertyOf(insight.tierId);
        const row = rows.get(rowKey);
        if (row && property in row) continue;
        const change = changes.get(rowKey) ?? changes.set(rowKey, { n: Number(row?.[COUNT] ?? 0) }).get(rowKey)!;
        const json = JSON.stringify(insight);
        if (json.length > MAX_SUMMARY_CHARS) throw new Error(`The summary of ${insight.tierId} is ${json.length} characters: fit it first (fitInsight).`);
        const small = json.length <= ROW_SUMMARY_CHARS;
        // In its bucket when there is room (a large one as a marker there), else in a row of its own.
        const inRow = change.n < MAX_IN_ROW;
        if (inRow) {
          change[property] = small ? json : MOVED;
          change.n += 1;
        }
        if (!small || !inRow) own.push(['upsert', { ...ownRowOf(insight.tierId), data: json }, 'Replace']);
      }
      const actions: TransactionAction[] = [
        ...[...changes].map(([rowKey, { n, ...properties }]): TransactionAction => {
          const row = rows.get(rowKey);
          const entity = { partitionKey, rowKey, ...properties, [COUNT]: n };
          return row ? ['update', entity, 'Merge', { etag: row.etag }] : ['create', entity];
        }),
        ...own,
      ];
      try {
        for (let i = 0; i < actions.length; i += 100) await client.submitTransaction(actions.slice(i, i + 100));
        return;
      } catch (error) {
        if ((!isConflict(error) && statusOf(error) !== 412 && !isNotFound(error)) || attempt >= 8) throw error;
      }
    }
  });
};

export const createSummaryRepository = (tables: TableSet): TierInsightStore => {
  const table = () => tables.table('TierSummaries');

  const readBuckets = async function* (client: TableClient, filter: string | undefined, pageSize = PAGE): AsyncIterable<TableEntityResult<Record<string, unknown>>[]> {
    const pages = client.listEntities<Record<string, unknown>>({ queryOptions: filter ? { filter } : {} }).byPage({ maxPageSize: pageSize });
    for await (const page of pages) yield page;
  };

  const readOwn = async (client: TableClient, tierId: string) => {
    const { partitionKey, rowKey } = ownRowOf(tierId);
    return readOrUndefined(() => client.getEntity<Record<string, unknown>>(partitionKey, rowKey));
  };

  /** One action alone, or several as one entity-group transaction (same partition): all or nothing. */
  const submit = async (client: TableClient, actions: TransactionAction[]): Promise<void> => {
    try {
      const [only] = actions;
      if (actions.length > 1 || !only) await client.submitTransaction(actions);
      else if (only[0] === 'create') await client.createEntity(only[1]);
      else if (only[0] === 'update') await client.updateEntity(only[1], only[2], only[3]);
      else if (only[0] === 'upsert') await client.upsertEntity(only[1], only[2]);
      else await client.deleteEntity(only[1].partitionKey, only[1].rowKey);
    } catch (error) {
      if (isConflict(error) || statusOf(error) === 412 || isNotFound(error)) throw stale();
      throw error;
    }
  };

  return {
    read: async (tierId) => {
      const client = await table();
      const { partitionKey, rowKey } = bucketOf(tierId);
      const property = propertyOf(tierId);
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(partitionKey, rowKey, { queryOptions: { select: [property, COUNT] } }));
      if (!entity) return {};
      const json = entity[property];
      if (typeof json === 'string' && json !== MOVED) return { value: JSON.parse(json) as TierInsight, etag: placeTag({ at: 'row', etag: entity.etag }) };
      const count = Number(entity[COUNT] ?? 0);
      // Only a marker, or a full bucket, sends a reader to the tier's own row.
      if (json === MOVED || count >= MAX_IN_ROW) {
        const own = await readOwn(client, tierId);
        if (own && typeof own.data === 'string') return { value: JSON.parse(own.data) as TierInsight, etag: placeTag({ at: 'own', etag: own.etag }) };
      }
      return { etag: placeTag({ at: 'new', etag: entity.etag, count }) };
    },

    write: async (insight, etag) => {
      const json = JSON.stringify(insight);
      if (json.length > MAX_SUMMARY_CHARS) throw new Error(`The summary of ${insight.tierId} is ${json.length} characters: fit it first (fitInsight).`);
      const client = await table();
      const bucket = bucketOf(insight.tierId);
      const property = propertyOf(insight.tierId);
      const own = { ...ownRowOf(insight.tierId), data: json };
      const small = json.length <= ROW_SUMMARY_CHARS;
      const place = placeOf(etag);
      if (place.at === 'own') return submit(client, [['update', own, 'Replace', { etag: place.etag }]]);
      if (place.at === 'row')
        return submit(
          client,
          small
            ? [['update', { ...bucket, [property]: json }, 'Merge', { etag: place.etag }]]
            : [['update', { ...bucket, [property]: MOVED }, 'Merge', { etag: place.etag }], ['upsert', own, 'Replace']],
        );
      const full = place.count >= MAX_IN_ROW;
      // A new summary: in the bucket when it fits; else its own row, and the bucket's ETag still taken.
      const inBucket = full ? { [COUNT]: place.count } : { [property]: small ? json : MOVED, [COUNT]: place.count + 1 };
      const bucketAction: TransactionAction = place.etag ? ['update', { ...bucket, ...inBucket }, 'Merge', { etag: place.etag }] : ['create', { ...bucket, ...inBucket }];
      return submit(client, small && !full ? [bucketAction] : [bucketAction, ['upsert', own, 'Replace']]);
    },

    remove: async (tierId) => {
      const client = await table();
      const { partitionKey, rowKey } = bucketOf(tierId);
      const property = propertyOf(tierId);
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const [entity, own] = await Promise.all([readOrUndefined(() => client.getEntity<Record<string, unknown>>(partitionKey, rowKey)), readOwn(client, tierId)]);
        if (!entity && !own) return;
        const actions: TransactionAction[] = own ? [['delete', { partitionKey: own.partitionKey!, rowKey: own.rowKey! }]] : [];
        if (entity && property in entity) {
          const kept = Object.fromEntries(Object.entries(entity).filter(([key]) => key.startsWith(PREFIX) && key !== property));
          actions.unshift(['update', { partitionKey, rowKey, ...kept, [COUNT]: Object.keys(kept).length }, 'Replace', { etag: entity.etag }]);
        }
        if (actions.length === 0) return;
        try {
          await submit(client, actions);
          return;
        } catch (error) {
          if (!isStaleWrite(error)) throw error;
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
            for await (const page of readBuckets(client, odata`PartitionKey eq ${shard}`, SCAN_ALL_PAGE)) for (const entity of page) insights.push(...insightsOf(entity));
            return insights;
          }),
        );
        for (const group of groups) yield group;
      }
    },
  };
};
