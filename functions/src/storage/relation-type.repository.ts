import type { RelationType, RelationTypeStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { isConflict } from './storage-errors';
import type { TableSet } from './table-set';

const PARTITION = 'relation-type';

export const createRelationTypeRepository = (tables: TableSet): RelationTypeStore => {
  const client = () => tables.table('RelationTypes');
  return {
    list: async () => {
      const types: RelationType[] = [];
      for await (const e of (await client()).listEntities<Record<string, unknown>>()) types.push(fromEntity(e));
      return types;
    },
    insert: async (type) => {
      try {
        await (await client()).createEntity(toEntity(PARTITION, type.id, type));
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
  };
};
