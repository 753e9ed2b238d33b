import { z } from 'zod';
import { repScope } from '../access/rep-scope';
import { DomainError, notFound } from '../errors/domain-error';
import { guardCallerText } from '../gdpr/guard-free-text';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import { UserId } from '../model/common.schema';
import { TaskDraft, TaskPatch, TaskStatus, type Task } from '../model/task.schema';
import type { Deps } from '../ports/deps';
import type { Page, Versioned } from '../ports/tier-store.port';
import { rememberRep } from './reports.use-case';
import { recordTaskInsight } from './scores.use-case';
import { seesTask, sightOf, taskView, type Sight } from './shared-sight';
import { visibleTiers } from './visible-tier';

/** The task, its assignee's copy and a copy in each tier's partition (the card's open tasks). */
export const saveNewTask = async (deps: Deps, task: Task): Promise<void> => {
  await deps.tasks.insert(task);
  const saved = (await deps.tasks.get(task.id))?.value ?? task;
  await Promise.all([
    deps.tasks.putAssigneeCopy(saved),
    ...saved.tierIds.map((tierId) => deps.tiers.putTaskCopy(tierId, saved)),
    recordTaskInsight(deps, undefined, saved),
  ]);
};

export const createTask = async (deps: Deps, caller: Caller, input: unknown, options: { idempotencyKey?: string } = {}): Promise<Versioned<Task>> => {
  const draft = parseInput(TaskDraft, input);
  guardCallerText(deps, caller, [{ path: 'title', text: draft.title }], draft.acknowledgeFreeTextWarnings);
  const tierIds = draft.tierIds ?? [];
  const found = await visibleTiers(deps, caller, tierIds);
  const missing = tierIds.flatMap((id, i) => (found.some((t) => t.id === id) ? [] : [{ path: `tierIds.${i}`, message: 'No tier with this id.' }]));
  if (missing.length > 0) throw new DomainError('TASK.INVALID_REFERENCE', 'rule', 'The task refers to unknown tiers.', missing);
  const now = deps.clock.now();
  const id = options.idempotencyKey ? deps.ids.fromKey('task-key', `${caller.userId}\n${options.idempotencyKey}`) : deps.ids.newId();
  await Promise.all([
    saveNewTask(deps, {
      id, title: draft.title, dueDate: draft.dueDate ?? null, assigneeId: draft.assigneeId ?? caller.userId, status: 'open',
      tierIds, interactionId: null, createdAt: now, createdBy: caller.userId, doneAt: null, doneBy: null, updatedAt: now,
    }),
    rememberRep(deps, caller),
  ]);
  return (await deps.tasks.get(id))!;
};

/** The task as stored, with what the caller sees of its tiers; a task they may not see is "not found". */
const loadTask = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Task> & { sight: Sight }> => {
  const found = await deps.tasks.get(id);
  const sight = found && (await sightOf(deps, caller, found.value.tierIds));
  if (!found || !sight || !seesTask(caller, sight, found.value)) throw notFound('task', id);
  return { ...found, sight };
};

export const getTask = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Task>> => {
  const { value, etag, sight } = await loadTask(deps, caller, id);
  return { value: taskView(sight, value), etag };
};

/** Marks done, reschedules or reassigns, under If-Match; then refreshes the copies. */
export const updateTask = async (deps: Deps, caller: Caller, id: string, input: unknown, ifMatch: string): Promise<Versioned<Task>> => {
  const current = await loadTask(deps, caller, id);
  const { acknowledgeFreeTextWarnings, ...patch } = parseInput(TaskPatch, input);
  guardCallerText(deps, caller, [{ path: 'title', text: patch.title }], acknowledgeFreeTextWarnings);
  const now = deps.clock.now();
  const closing = patch.status === 'done' && current.value.status !== 'done';
  const reopening = patch.status === 'open' && current.value.status === 'done';
  const next: Task = {
    ...current.value,
    ...patch,
    dueDate: patch.dueDate === undefined ? current.value.dueDate : patch.dueDate,
    doneAt: closing ? now : reopening ? null : current.value.doneAt,
    doneBy: closing ? caller.userId : reopening ? null : current.value.doneBy,
    updatedAt: now,
  };
  const etag = await deps.tasks.replace(next, ifMatch);
  const previous = current.value.assigneeId !== next.assigneeId ? current.value.assigneeId : undefined;
  await Promise.all([
    deps.tasks.putAssigneeCopy(next, previous),
    ...next.tierIds.map((tierId) => deps.tiers.putTaskCopy(tierId, next)),
    recordTaskInsight(deps, current.value, next),
    rememberRep(deps, caller),
  ]);
  return { value: taskView(current.sight, next), etag };
};

export const TaskQuery = z
  .object({
    assignee: UserId.default('me'),
    status: TaskStatus.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

/**
 * The to-do list of a user (`me` by default). Others' lists are for their managers (the reps of the
 * manager's teams), stewards and admins; each task shows as the reader may see it (see `seesTask`),
 * except that a task on no tier belongs to the list the reader was allowed to open.
 */
export const listTasks = async (deps: Deps, caller: Caller, input: unknown): Promise<Page<Task>> => {
  const query = parseInput(TaskQuery, input);
  const assignee = query.assignee === 'me' ? caller.userId : query.assignee;
  if (assignee !== caller.userId && !(await mayReadListOf(deps, caller, assignee)))
    throw new DomainError('TASK.FORBIDDEN', 'forbidden', "Only the assignee's managers, data stewards and admins may read another person's tasks.");
  const [page] = await Promise.all([deps.tasks.byAssignee(assignee, query.status, query.limit, query.cursor), rememberRep(deps, caller)]);
  const sight = await sightOf(deps, caller, page.items.flatMap((t) => t.tierIds));
  const items = page.items.filter((t) => t.tierIds.length === 0 || seesTask(caller, sight, t)).map((t) => taskView(sight, t));
  return { ...page, items };
};

const mayReadListOf = async (deps: Deps, caller: Caller, assignee: string): Promise<boolean> => {
  if (hasRole(caller, 'steward', 'admin')) return true;
  if (!hasRole(caller, 'manager') || !deps.insight) return false;
  const directory = new Map((await deps.insight.activity.reps()).map((r) => [r.id, r]));
  return repScope(caller, directory)(assignee);
};
