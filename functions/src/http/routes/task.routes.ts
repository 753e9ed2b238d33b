import { createTask, getTask, listTasks, updateTask } from '@relais/domain';
import { Task, TaskDraft, TaskPage, TaskPatch, TaskQuery } from '@relais/domain';
import { idempotencyKey, queryObject, readJson, requireIfMatch } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

export const taskRoutes: Route[] = [
  {
    name: 'tasks-list',
    docs: { summary: 'A user’s tasks (the caller’s by default)', tag: 'tasks', query: TaskQuery, responses: { 200: { description: 'A page of tasks, soonest due first.', schema: TaskPage } }, problems: { 403: ['TASK.FORBIDDEN'] } },
    method: 'GET',
    path: 'tasks',
    handler: async (request, { deps, caller }) => ok(await listTasks(deps, caller, queryObject(request))),
  },
  {
    name: 'tasks-create',
    docs: { summary: 'Create a task', tag: 'tasks', body: TaskDraft, idempotencyKey: true, responses: { 201: { description: 'Created.', schema: Task, headers: ['Location', 'ETag'] } }, problems: { 422: ['TASK.INVALID_REFERENCE', 'FREE_TEXT.FLAGGED'] } },
    method: 'POST',
    path: 'tasks',
    handler: async (request, { deps, caller }) => {
      const task = await createTask(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request) });
      return created(task.value, `/api/tasks/${task.value.id}`, task.etag);
    },
  },
  {
    name: 'tasks-get',
    docs: { summary: 'Read a task', tag: 'tasks', responses: { 200: { description: 'The task.', schema: Task, headers: ['ETag'] } }, problems: { 404: ['TASK.NOT_FOUND'] } },
    method: 'GET',
    path: 'tasks/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getTask(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'tasks-update',
    docs: { summary: 'Complete, reopen or reschedule a task', tag: 'tasks', body: TaskPatch, ifMatch: 'required', responses: { 200: { description: 'The task as saved.', schema: Task, headers: ['ETag'] } }, problems: { 403: ['TASK.FORBIDDEN'], 404: ['TASK.NOT_FOUND'], 422: ['FREE_TEXT.FLAGGED'] } },
    method: 'PATCH',
    path: 'tasks/{id}',
    handler: async (request, { deps, caller }) => {
      const ifMatch = requireIfMatch(request);
      const updated = await updateTask(deps, caller, request.params.id ?? '', await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
];
