import type { TransactionAction } from '@azure/data-tables';
import { DomainError, isStaleWrite, type BulkWriter, type BulkWrites, type IndexWrite, type InsightStores, type PartitionWrites, type PostingList } from '@relais/domain';
import { createBlockPostings } from './block-postings';
import { indexPartitionKey } from './index.repository';
import { interactionEntity } from './interaction.repository';
import { toEntity } from './json-entity';
import { encodeKey } from './keys';
import { mapLimited } from './parallel';
import { isConflict, isNotFound, statusOf } from './storage-errors';
import { createSummaryPlacement } from './summary.repository';
import { tierPartitionKey, tierRows } from './tier.repository';
import type { TableSet } from './table-set';

/** Requests in flight at once: enough to keep the storage busy, few enough not to be throttled. */
const PARALLEL = 32;
const TRANSACTION = 100;

/** A tier partition's rows as transactions: the profile (created, or replaced under its ETag) first, then facts, relations, timeline. */
const partitionActions = (p: PartitionWrites): TransactionAction[] => [
  ...(p.create ? [['create', toEntity(tierPartitionKey(p.tierId), tierRows.profile, p.create)] as TransactionAction] : []),
  ...(p.update ? [['update', toEntity(tierPartitionKey(p.tierId), tierRows.profile, p.update.tier), 'Replace', { etag: p.update.ifMatch }] as TransactionAction] : []),
  ...p.facts.map((f): TransactionAction => ['upsert', toEntity(tierPartitionKey(p.tierId), tierRows.fact(f), f), 'Replace']),
  ...p.relations.map((e): TransactionAction => ['upsert', toEntity(tierPartitionKey(p.tierId), tierRows.relation(e.id), e), 'Replace']),
  ...p.timeline.map((t): TransactionAction => ['upsert', toEntity(tierPartitionKey(p.tierId), tierRows.timeline(t), t, { medium: t.medium, direction: t.direction }), 'Replace']),
];

const byPartition = (writes: readonly IndexWrite[]): Map<string, IndexWrite[]> => {
  const groups = new Map<string, IndexWrite[]>();
  for (const w of writes) {
    const pk = indexPartitionKey(w.name, w.key);
    const group = groups.get(pk);
    if (group) group.push(w);
    else groups.set(pk, [w]);
  }
  return groups;
};

/**
 * Writes a batch's staged writes with as few requests as Table Storage allows: each tier partition,
 * each index key, each posting-list bucket and each summary shard in entity-group transactions, a
 * bounded number at once. Tier partitions and interactions land first; the indexes, postings and
 * summaries that point to them after, so a crash in between leaves records a re-run re-indexes.
 */
export const createBulkWriter = (tables: TableSet, insight: InsightStores): BulkWriter => {
  const blocks = createBlockPostings(() => tables.table('Indexes'));
  const placeSummaries = createSummaryPlacement(tables);

  const writePartition = async (p: PartitionWrites) => {
    const client = await tables.table('Tiers');
    const actions = partitionActions(p);
    for (let i = 0; i < actions.length; i += TRANSACTION) {
      try {
        await client.submitTransaction(actions.slice(i, i + TRANSACTION));
      } catch (error) {
        if (isConflict(error) && p.create) throw new DomainError('TIER.EXISTS', 'conflict', `Tier ${p.tierId} exists already.`);
        if (statusOf(error) === 412) throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', `Tier ${p.tierId} changed while the import read it.`);
        throw error;
      }
    }
  };

  const writeIndexKey = async ([partitionKey, writes]: [string, IndexWrite[]]) => {
    const client = await tables.table('Indexes');
    const upserts = writes.filter((w) => !w.remove);
    for (let i = 0; i < upserts.length; i += TRANSACTION)
      await client.submitTransaction(
        upserts.slice(i, i + TRANSACTION).map((w): TransactionAction => ['upsert', { partitionKey, rowKey: encodeKey(w.targetId), ...(w.data === undefined ? {} : { data: w.data }) }, 'Replace']),
      );
    // A removal of an entry already gone is no error: one by one, as a transaction would fail on it.
    for (const w of writes.filter((x) => x.remove)) await client.deleteEntity(partitionKey, encodeKey(w.targetId)).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  };

  return {
    write: async (writes: BulkWrites) => {
      const interactions = await tables.table('Interactions');
      await Promise.all([
        mapLimited(writes.partitions, PARALLEL, writePartition),
        mapLimited(writes.interactions, PARALLEL, async ({ interaction, outbox }) => {
          // The id derives from the source: one already there is the same interaction, written by an earlier run.
          await interactions.createEntity(interactionEntity(interaction, outbox)).catch((error: unknown) => {
            if (!isConflict(error)) throw error;
          });
        }),
      ]);
      const [, postings] = await Promise.all([
        mapLimited([...byPartition(writes.index)], PARALLEL, writeIndexKey),
        writes.blocks.length > 0 ? blocks.updateMany(writes.blocks) : new Map<string, PostingList>(),
        writes.newSummaries.length > 0 ? placeSummaries(writes.newSummaries) : undefined,
        mapLimited(writes.changedSummaries, PARALLEL, async ({ insight: summary, etag, ifStale }) => {
          // Someone else changed it meanwhile: its rebuild is left to the catch-up rather than overwriting them.
          await insight.summaries.write(summary, etag).catch(async (error: unknown) => {
            if (!isStaleWrite(error)) throw error;
            await insight.catchUp.mark(ifStale.key, ifStale.item);
          });
        }),
      ]);
      await mapLimited(writes.catchUp, PARALLEL, ({ key, item }) => insight.catchUp.mark(key, item));
      return { postings };
    },
    postings: (keys) => blocks.readMany(keys),
  };
};
