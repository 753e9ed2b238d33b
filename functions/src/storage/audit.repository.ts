import { odata, type TableClient } from '@azure/data-tables';
import { auditedTierId, DomainError, type AuditRecord, type AuditStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey, invertedTime } from './keys';
import { isConflict, readOrUndefined, statusOf } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * The audit log: one partition per target (`<type>~<id>`), one row per record keyed by its id, written
 * with insert only, so a record is never replaced and a retried append is a no-op. Each record is
 * copied, newest first, into its tier's partition (`@tier~<id>`) and its actor's (`@actor~<id>`):
 * what admins query. A retried append completes the copies of the record that was stored first.
 */
export const createAuditRepository = (tables: TableSet): AuditStore => {
  const partitionOf = (targetType: string, targetId: string) => `${encodeKey(targetType)}~${encodeKey(targetId)}`;
  const byTierPartition = (tierId: string) => `@tier~${encodeKey(tierId)}`;
  const byActorPartition = (actorId: string) => `@actor~${encodeKey(actorId)}`;
  const columns = (record: AuditRecord) => ({ at: record.at, action: record.action, actorId: record.actorId, tierId: auditedTierId(record) ?? '' });

  /** The primary row and its copies: same record, same columns. */
  const rowsOf = (record: AuditRecord) => {
    const primary = partitionOf(record.targetType, record.targetId);
    const copyKey = `${invertedTime(record.at)}~${encodeKey(primary)}~${encodeKey(record.id)}`;
    const tierId = auditedTierId(record);
    return [
      toEntity(primary, encodeKey(record.id), record, columns(record)),
      toEntity(byActorPartition(record.actorId), copyKey, record, columns(record)),
      ...(tierId ? [toEntity(byTierPartition(tierId), copyKey, record, columns(record))] : []),
    ];
  };

  const storedRecord = async (client: TableClient, record: AuditRecord): Promise<AuditRecord> =>
    fromEntity<AuditRecord>(await client.getEntity(partitionOf(record.targetType, record.targetId), encodeKey(record.id)));

  return {
    append: async (record) => {
      const client = await tables.table('Audit');
      const [primary, ...copies] = rowsOf(record);
      let stored = record;
      try {
        await client.createEntity(primary!);
      } catch (error) {
        if (!isConflict(error)) throw error;
        stored = await storedRecord(client, record);
      }
      const storedCopies = stored === record ? copies : rowsOf(stored).slice(1);
      await Promise.all(storedCopies.map((copy) => client.upsertEntity(copy, 'Replace')));
    },
    get: async (targetType, targetId, id) => {
      const client = await tables.table('Audit');
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(partitionOf(targetType, targetId), encodeKey(id)));
      return entity && fromEntity<AuditRecord>(entity);
    },
    byTarget: async (targetType, targetId) => {
      const client = await tables.table('Audit');
      const records: AuditRecord[] = [];
      const filter = odata`PartitionKey eq ${partitionOf(targetType, targetId)}`;
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) records.push(fromEntity<AuditRecord>(entity));
      return records.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
    query: async (query) => {
      const client = await tables.table('Audit');
      const filter = query.tierId
        ? odata`PartitionKey eq ${byTierPartition(query.tierId)}` + (query.actorId ? odata` and actorId eq ${query.actorId}` : '')
        : odata`PartitionKey eq ${byActorPartition(query.actorId ?? '')}`;
      const pages = client.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({
        maxPageSize: query.limit,
        ...(query.cursor ? { continuationToken: query.cursor } : {}),
      });
      try {
        const { value: page } = await pages.next();
        return { items: (page ?? []).map((e: Record<string, unknown> & { etag: string }) => fromEntity<AuditRecord>(e)), nextCursor: page?.continuationToken ?? null };
      } catch (error) {
        if (statusOf(error) === 400 || error instanceof SyntaxError)
          throw new DomainError('REQUEST.INVALID', 'invalid', 'The cursor is not valid.', [{ path: 'cursor', message: 'Not a cursor from this list.' }]);
        throw error;
      }
    },
    redact: async (record) => {
      const client = await tables.table('Audit');
      await Promise.all(rowsOf(record).map((row) => client.upsertEntity(row, 'Replace')));
    },
  };
};
