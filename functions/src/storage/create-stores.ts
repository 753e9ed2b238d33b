import type { AuditStore, BulkWriter, CaptureStore, SuggestionStore, ImportStore, IndexStore, InsightStores, InteractionStore, RelationTypeStore, TaskStore, TierStore } from '@relais/domain';
import { createAggregateRepository } from './aggregate.repository';
import { createAuditRepository } from './audit.repository';
import { createBulkWriter } from './bulk-writer';
import { createCaptureRepository } from './capture.repository';
import { createCatchUpRepository } from './catch-up.repository';
import type { BotStore } from '../http/routes/bot.routes';
import { createConversationRepository } from './conversation.repository';
import { createImportRepository } from './import.repository';
import { createIndexRepository } from './index.repository';
import { createInteractionRepository } from './interaction.repository';
import { createRelationTypeRepository } from './relation-type.repository';
import { createScoreRulesRepository } from './score-rules.repository';
import { createSegmentRepository } from './segment.repository';
import { createSuggestionRepository } from './suggestion.repository';
import { createSummaryRepository } from './summary.repository';
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
  audit: AuditStore;
  bot: BotStore;
  insight: InsightStores;
  bulk: BulkWriter;
  imports: ImportStore;
  capture: CaptureStore;
  suggestions: SuggestionStore;
};

export const createStores = (config: StorageConfig): Stores => {
  const tables = createTableSet(config);
  const insight: InsightStores = {
    summaries: createSummaryRepository(tables),
    activity: createAggregateRepository(tables),
    segments: createSegmentRepository(tables),
    scoreRules: createScoreRulesRepository(tables),
    catchUp: createCatchUpRepository(tables),
  };
  return {
    tables,
    tiers: createTierRepository(tables),
    index: createIndexRepository(tables),
    interactions: createInteractionRepository(tables),
    tasks: createTaskRepository(tables),
    relationTypes: createRelationTypeRepository(tables),
    audit: createAuditRepository(tables),
    bot: createConversationRepository(tables),
    insight,
    bulk: createBulkWriter(tables, insight),
    imports: createImportRepository(tables),
    capture: createCaptureRepository(tables),
    suggestions: createSuggestionRepository(tables),
  };
};
