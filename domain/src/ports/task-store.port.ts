import type { Task } from '../model/task.schema';
import type { Page, Versioned } from './tier-store.port';

export type TaskStore = {
  /** Inserts or leaves an existing task with this id untouched (retries are harmless). */
  insert: (task: Task) => Promise<void>;
  get: (id: string) => Promise<Versioned<Task> | undefined>;
  replace: (task: Task, ifMatch: string) => Promise<string>;
  /** The assignee's list, kept as a copy per assignee; `previousAssignee` is cleaned up on reassignment. */
  putAssigneeCopy: (task: Task, previousAssignee?: string) => Promise<void>;
  byAssignee: (assigneeId: string, status: 'open' | 'done' | undefined, limit: number, cursor?: string) => Promise<Page<Task>>;
};
