import { odata } from '@azure/data-tables';
import type { Segment, SegmentStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isNotFound, mapWriteError, readOrUndefined } from './storage-errors';
import type { TableSet } from './table-set';

/** Saved segments: few per company, all in one partition (listing them is one query). */
const PARTITION = 'segment';

export const createSegmentRepository = (tables: TableSet): SegmentStore => {
  const table = () => tables.table('Segments');
  return {
    insert: async (segment) => (await (await table()).createEntity(toEntity(PARTITION, encodeKey(segment.id), segment))).etag ?? '',
    get: async (id) => {
      const client = await table();
      const entity = await readOrUndefined(() => client.getEntity<Record<string, unknown>>(PARTITION, encodeKey(id)));
      return entity && { value: fromEntity<Segment>(entity), etag: entity.etag };
    },
    list: async () => {
      const found: Segment[] = [];
      for await (const e of (await table()).listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } })) found.push(fromEntity(e));
      return found;
    },
    replace: async (segment, etag) => {
      try {
        return (await (await table()).updateEntity(toEntity(PARTITION, encodeKey(segment.id), segment), 'Replace', { etag })).etag ?? '';
      } catch (error) {
        return mapWriteError(error, 'segment');
      }
    },
    remove: async (id, etag) => {
      try {
        await (await table()).deleteEntity(PARTITION, encodeKey(id), { etag });
      } catch (error) {
        if (isNotFound(error)) return;
        mapWriteError(error, 'segment');
      }
    },
  };
};
