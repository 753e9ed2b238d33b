import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import {
  DomainError,
  type ChangeRequest,
  type CodeOfKind,
  type FactVersion,
  type JournalEntry,
  type MissingThing,
  type RelationEdge,
  type Task,
  type Tier,
  type TierPartition,
  type TierStore,
  type TierWrite,
  type TimelineEntry,
  type Versioned,
} from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { decodeKey, encodeKey, invertedTime, sortableTime } from './keys';
import { listPartitions } from './list-partitions';
import { mapLimited } from './parallel';
import { isConflict, mapWriteError, readOrUndefined, statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * A tier is one partition: its profile, fact versions, relation edges, task copies, change requests
 * and timeline. Row keys say what each row is; the timeline sorts newest first.
 */
const rows = {
  profile: 'profile',
  fact: (f: Pick<FactVersion, 'name' | 'validFrom'>) => `fact~${encodeKey(f.name)}~${sortableTime(f.validFrom)}`,
  relation: (id: string) => `rel~${encodeKey(id)}`,
  task: (id: string) => `task~${encodeKey(id)}`,
  changeRequest: (id: string) => `cr~${encodeKey(id)}`,
  timeline: (e: TimelineEntry) => `tl~${invertedTime(e.occurredAt)}~${encodeKey(e.interactionId)}`,
  once: (marker: string) => `once~${encodeKey(marker)}`,
  journal: (key: string) => `journal~${encodeKey(key)}`,
};
/** The tier's partition key: ids are checked at the edge, and encoded here all the same. */
const pk = encodeKey;
/** The partition and row keys of a tier's partition, for writers that batch its rows (the import's bulk writer). */
export const tierRows = rows;
export const tierPartitionKey = pk;

const table = (tables: TableSet) => tables.table('Tiers');

/** What a replayed transaction answers with: its once-marker row is already there. */
const ALREADY_APPLIED_CODES = { change: 'CHANGE.ALREADY_APPLIED', erasure: 'ERASURE.ALREADY_APPLIED' } as const satisfies Partial<Record<MissingThing, CodeOfKind<'conflict'>>>;

const commit = async (client: TableClient, actions: TransactionAction[], what: keyof typeof ALREADY_APPLIED_CODES) => {
  // An entity-group transaction holds at most 100 operations; bigger writes are split in order.
  const results = [];
  for (let i = 0; i < actions.length; i += 100) {
    try {
      results.push(await client.submitTransaction(actions.slice(i, i + 100)));
    } catch (error) {
      if (isConflict(error)) throw new DomainError(ALREADY_APPLIED_CODES[what], 'conflict', `This ${what} was already applied.`);
      mapWriteError(error, what);
    }
  }
  return results.flatMap((r) => r.subResponses);
};

export const createTierRepository = (tables: TableSet): TierStore => {
  const getProfile = async (id: string): Promise<Versioned<Tier> | undefined> => {
    const client = await table(tables);
    const entity = await readOrUndefined(() => client.getEntity(pk(id), rows.profile));
    return entity && { value: fromEntity<Tier>(entity), etag: entity.etag };
  };

  const upsert = async (tierId: string, rowKey: string, value: unknown, extra: Record<string, string> = {}) => {
    const client = await table(tables);
    await client.upsertEntity(toEntity(pk(tierId), rowKey, value, extra), 'Replace');
  };

  return {
    create: async (tier, facts) => {
      const client = await table(tables);
      try {
        const result = await client.submitTransaction([
          ['create', toEntity(pk(tier.id), rows.profile, tier)],
          ...facts.map((f): TransactionAction => ['create', toEntity(pk(tier.id), rows.fact(f), f)]),
        ]);
        return result.subResponses[0]?.etag ?? '';
      } catch (error) {
        if (isConflict(error)) throw new DomainError('TIER.EXISTS', 'conflict', `Tier ${tier.id} exists already.`);
        throw error;
      }
    },

    get: getProfile,

    listIds: async (limit, cursor) => {
      const page = await listPartitions(await table(tables), rows.profile, limit, cursor);
      return { ...page, items: page.items.map(decodeKey) };
    },

    getMany: async (ids) => {
      const found = await mapLimited(ids, 32, getProfile);
      return found.filter((f): f is Versioned<Tier> => f !== undefined).map((f) => f.value);
    },

    partition: async (id) => {
      const client = await table(tables);
      const result: Partial<TierPartition> & Omit<TierPartition, 'tier'> = { facts: [], relations: [], tasks: [], changeRequests: [], journal: [] };
      const filter = odata`PartitionKey eq ${pk(id)} and (RowKey lt 'tl~' or RowKey ge 'tm')`;
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
        const key = entity.rowKey ?? '';
        if (key === rows.profile) result.tier = { value: fromEntity<Tier>(entity), etag: entity.etag };
        else if (key.startsWith('fact~')) result.facts.push(fromEntity<FactVersion>(entity));
        else if (key.startsWith('rel~')) result.relations.push(fromEntity<RelationEdge>(entity));
        else if (key.startsWith('task~')) result.tasks.push(fromEntity<Task>(entity));
        else if (key.startsWith('cr~')) result.changeRequests.push({ value: fromEntity<ChangeRequest>(entity), etag: entity.etag });
        else if (key.startsWith('journal~')) result.journal.push(fromEntity<JournalEntry>(entity));
      }
      return result.tier ? (result as TierPartition) : undefined;
    },

    write: async (tierId, write: TierWrite) => {
      const client = await table(tables);
      const actions: TransactionAction[] = [];
      if (write.tier) {
        const entity = toEntity(pk(tierId), rows.profile, write.tier.value);
        actions.push(write.tier.ifMatch ? ['update', entity, 'Replace', { etag: write.tier.ifMatch }] : ['upsert', entity, 'Replace']);
      }
      for (const fact of write.facts ?? []) actions.push(['upsert', toEntity(pk(tierId), rows.fact(fact), fact), 'Replace']);
      for (const fact of write.removeFacts ?? []) actions.push(['delete', { partitionKey: pk(tierId), rowKey: rows.fact(fact) }]);
      for (const edge of write.relations ?? []) actions.push(['upsert', toEntity(pk(tierId), rows.relation(edge.id), edge), 'Replace']);
      for (const cr of write.changeRequests ?? []) {
        const entity = toEntity(pk(tierId), rows.changeRequest(cr.value.id), cr.value);
        actions.push(cr.ifMatch ? ['update', entity, 'Replace', { etag: cr.ifMatch }] : ['upsert', entity, 'Replace']);
      }
      for (const marker of write.onceMarkers ?? []) actions.push(['create', { partitionKey: pk(tierId), rowKey: rows.once(marker) }]);
      for (const entry of write.journal ?? []) actions.push(['upsert', toEntity(pk(tierId), rows.journal(entry.key), entry), 'Replace']);
      if (actions.length === 0) return undefined;
      const responses = await commit(client, actions, 'change');
      return write.tier ? responses[0]?.etag : undefined;
    },

    factHistory: async (id, name) => {
      const client = await table(tables);
      const prefix = `fact~${encodeKey(name)}~`;
      const filter = odata`PartitionKey eq ${pk(id)} and RowKey ge ${prefix} and RowKey lt ${`${prefix}~`}`;
      const history: FactVersion[] = [];
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) history.push(fromEntity(entity));
      return history;
    },

    putRelation: (tierId, edge) => upsert(tierId, rows.relation(edge.id), edge),

    getRelation: async (tierId, relationId) => {
      const client = await table(tables);
      const entity = await readOrUndefined(() => client.getEntity(pk(tierId), rows.relation(relationId)));
      return entity && { value: fromEntity<RelationEdge>(entity), etag: entity.etag };
    },

    replaceRelation: async (tierId, edge, ifMatch) => {
      const client = await table(tables);
      try {
        await client.updateEntity(toEntity(pk(tierId), rows.relation(edge.id), edge), 'Replace', { etag: ifMatch ?? '*' });
      } catch (error) {
        mapWriteError(error, 'relation');
      }
    },

    putTimeline: (tierId, entry) => upsert(tierId, rows.timeline(entry), entry, { medium: entry.medium, direction: entry.direction }),

    timeline: async (tierId, query) => {
      const client = await table(tables);
      let filter = odata`PartitionKey eq ${pk(tierId)} and RowKey ge 'tl~' and RowKey lt 'tl~~'`;
      if (query.medium) filter += odata` and medium eq ${query.medium}`;
      if (query.direction) filter += odata` and direction eq ${query.direction}`;
      const pages = client.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({
        maxPageSize: query.limit,
        continuationToken: query.cursor,
      });
      try {
        const { value: page } = await pages.next();
        const items = (page ?? []).map((e: Record<string, unknown> & { etag: string }) => fromEntity<TimelineEntry>(e));
        return { items, nextCursor: page?.continuationToken ?? null };
      } catch (error) {
        if (statusOf(error) === 400 || error instanceof SyntaxError)
          throw new DomainError('REQUEST.INVALID', 'invalid', 'The cursor is not valid.', [{ path: 'cursor', message: 'Not a cursor from this list.' }]);
        throw error;
      }
    },

    putTaskCopy: (tierId, task) => upsert(tierId, rows.task(task.id), task),

    insertChangeRequest: async (request) => {
      const client = await table(tables);
      try {
        await client.createEntity(toEntity(pk(request.tierId), rows.changeRequest(request.id), request));
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    },

    getChangeRequest: async (tierId, id) => {
      const client = await table(tables);
      const entity = await readOrUndefined(() => client.getEntity(pk(tierId), rows.changeRequest(id)));
      return entity && { value: fromEntity<ChangeRequest>(entity), etag: entity.etag };
    },

    erase: async (tierId, tombstone) => {
      const client = await table(tables);
      const doomed: TransactionAction[] = [];
      const rowKeys = client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${pk(tierId)} and RowKey ne ${rows.profile}`, select: ['RowKey'] } });
      for await (const entity of rowKeys) doomed.push(['delete', { partitionKey: pk(tierId), rowKey: entity.rowKey ?? '' }]);
      await commit(client, doomed, 'erasure');
      await client.upsertEntity(toEntity(pk(tierId), rows.profile, tombstone), 'Replace');
    },

    removeRelation: async (tierId, relationId) => {
      const client = await table(tables);
      await readOrUndefined(() => client.deleteEntity(pk(tierId), rows.relation(relationId)));
    },
    removeTaskCopy: async (tierId, taskId) => {
      const client = await table(tables);
      await readOrUndefined(() => client.deleteEntity(pk(tierId), rows.task(taskId)));
    },
    removeTimeline: async (tierId, entry) => {
      const client = await table(tables);
      await readOrUndefined(() => client.deleteEntity(pk(tierId), rows.timeline(entry)));
    },
    removeChangeRequest: async (tierId, id) => {
      const client = await table(tables);
      await readOrUndefined(() => client.deleteEntity(pk(tierId), rows.changeRequest(id)));
    },
  };
};
