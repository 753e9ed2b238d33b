import type { RelationType, RelationTypeStore } from '@relais/domain';
import { fromEntity, toEntity } from './json-entity';
import { encodeKey } from './keys';
import { isConflict } from './storage-errors';
import type { TableSet } from './table-set';

const PARTITION = 'relation-type';

/** Types change rarely and are read on every card: a short cache keeps them off the hot path. */
const CACHE_MS = 30_000;

export const createRelationTypeRepository = (tables: TableSet): RelationTypeStore => {
  const client = () => tables.table('RelationTypes');
  let cached: { at: number; types: Promise<RelationType[]> } | undefined;
  const load = async () => {
    const types: RelationType[] = [];
    for await (const e of (await client()).listEntities<Record<string, unknown>>()) types.push(fromEntity(e));
    return types;
  };
  return {
    list: () => {
      if (!cached || Date.now() - cached.at > CACHE_MS) {
        cached = { at: Date.now(), types: load() };
        cached.types.catch(() => (cached = undefined));
      }
      return cached.types;
    },
    insert: async (type) => {
      try {
        await (await client()).createEntity(toEntity(PARTITION, encodeKey(type.id), type));
        cached = undefined;
        return true;
      } catch (error) {
        if (isConflict(error)) return false;
        throw error;
      }
    },
  };
};
