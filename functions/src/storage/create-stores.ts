import type { IndexStore, InteractionStore, RelationTypeStore, TaskStore, TierStore } from '@relais/domain';
import { createIndexRepository } from './index.repository';
import { createInteractionRepository } from './interaction.repository';
import { createRelationTypeRepository } from './relation-type.repository';
import { createTableSet, type StorageConfig, type TableSet } from './table-set';
import { createTaskRepository } from './task.repository';
import { createTierRepository } from './tier.repository';

export type Stores = {
  tables: TableSet;
  tiers: TierStore;
  index: IndexStore;
  interactions: InteractionStore;
  tasks: TaskStore;
  relationTypes: RelationTypeStore;
};

export const createStores = (config: StorageConfig): Stores => {
  const tables = createTableSet(config);
  return {
    tables,
    tiers: createTierRepository(tables),
    index: createIndexRepository(tables),
    interactions: createInteractionRepository(tables),
    tasks: createTaskRepository(tables),
    relationTypes: createRelationTypeRepository(tables),
  };
};
