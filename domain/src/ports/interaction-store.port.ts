import type { ChangeRequest } from '../model/change-request.schema';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Page, Versioned } from './tier-store.port';

/**
 * What logging an interaction must also write elsewhere (tasks, change requests). It is saved with
 * the interaction, so a retry or a repair can finish a write that stopped half-way.
 */
export type InteractionOutbox = { tasks: Task[]; changeRequests: ChangeRequest[] };
export type StoredInteraction = Versioned<Interaction> & { outbox: InteractionOutbox };

export type InteractionStore = {
  /** Inserts and returns the new ETag; undefined when one with this id exists already (the idempotent path). */
  insert: (interaction: Interaction, outbox: InteractionOutbox) => Promise<string | undefined>;
  get: (id: string) => Promise<StoredInteraction | undefined>;
  listIds: (limit: number, cursor?: string) => Promise<Page<string>>;
  /** Every interaction with its outbox, a page at a time: for batch jobs that read them all (an erasure's scan). */
  list: (limit: number, cursor?: string) => Promise<Page<StoredInteraction>>;
  replace: (interaction: Interaction, outbox: InteractionOutbox, ifMatch: string) => Promise<string>;
};
