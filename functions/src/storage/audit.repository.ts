import { odata } from '@azure/data-tables';
import type { AuditRecord, AuditStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict } from './storage-errors';
import type { TableSet } from './table-set';

/**
 * The audit log: one partition per target (`<type>~<id>`), one row per record keyed by its id, written
 * with insert only, so a record is never replaced and a retried append is a no-op.
 */
export const createAuditRepository = (tables: TableSet): AuditStore => {
  const partitionOf = (targetType: string, targetId: string) => `${encodeKey(targetType)}~${encodeKey(targetId)}`;
  return {
    append: async (record) => {
      const client = await tables.table('Audit');
      try {
        await client.createEntity(toEntity(partitionOf(record.targetType, record.targetId), encodeKey(record.id), record, { at: record.at, action: record.action }));
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    },
    byTarget: async (targetType, targetId) => {
      const client = await tables.table('Audit');
      const records: AuditRecord[] = [];
      const filter = odata`PartitionKey eq ${partitionOf(targetType, targetId)}`;
      for await (const entity of client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) records.push(fromEntity<AuditRecord>(entity));
      return records.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
  };
};
