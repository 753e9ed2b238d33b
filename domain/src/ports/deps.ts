import type { IndexStore } from './index-store.port';
import type { InteractionStore } from './interaction-store.port';
import type { RelationTypeStore } from './relation-type-store.port';
import type { Clock, IdGenerator } from './system.port';
import type { TaskStore } from './task-store.port';
import type { TierStore } from './tier-store.port';

export type DomainConfig = {
  /** Overrides every fact's own staleness period when set (days). */
  staleAfterDays?: number;
  /** The company's own e-mail domains: colleagues are recognised and left out of matching. */
  internalDomains: string[];
};

/** Everything a use case may touch, handed in as one object. */
export type Deps = {
  clock: Clock;
  ids: IdGenerator;
  tiers: TierStore;
  index: IndexStore;
  interactions: InteractionStore;
  tasks: TaskStore;
  relationTypes: RelationTypeStore;
  config: DomainConfig;
};
