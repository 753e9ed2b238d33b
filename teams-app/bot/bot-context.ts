import type { Deps } from '@relais/domain';
import type { RolesOf } from './bot-caller';
import type { BotStore } from './bot-store.port';
import type { ProactiveSender } from './proactive-sender';

/** What every handler of the approvals bot works with. */
export type BotContext = {
  deps: Deps;
  store: BotStore;
  sender: ProactiveSender;
  rolesOf: RolesOf;
  log: (message: string, error?: unknown) => void;
};
