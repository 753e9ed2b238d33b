import type { RelationType } from '../model/relation.schema';

export type RelationTypeStore = {
  list: () => Promise<RelationType[]>;
  /** Inserts; returns false when the id is taken. */
  insert: (type: RelationType) => Promise<boolean>;
};
