import { createTask, getTask, listTasks, updateTask } from '@relais/domain';
import { idempotencyKey, queryObject, readJson, requireIfMatch } from '../request-body';
import { created, ok, resource } from '../responses';
import type { Route } from '../route';

export const taskRoutes: Route[] = [
  {
    name: 'tasks-list',
    method: 'GET',
    path: 'tasks',
    handler: async (request, { deps, caller }) => ok(await listTasks(deps, caller, queryObject(request))),
  },
  {
    name: 'tasks-create',
    docs: { summary: 'Create a task', body: 'TaskDraft', returns: 'Task' },
    method: 'POST',
    path: 'tasks',
    handler: async (request, { deps, caller }) => {
      const task = await createTask(deps, caller, await readJson(request), { idempotencyKey: idempotencyKey(request) });
      return created(task.value, `/api/tasks/${task.value.id}`, task.etag);
    },
  },
  {
    name: 'tasks-get',
    method: 'GET',
    path: 'tasks/{id}',
    handler: async (request, { deps, caller }) => {
      const found = await getTask(deps, caller, request.params.id ?? '');
      return resource(found.value, found.etag);
    },
  },
  {
    name: 'tasks-update',
    method: 'PATCH',
    path: 'tasks/{id}',
    handler: async (request, { deps, caller }) => {
      const ifMatch = requireIfMatch(request);
      const updated = await updateTask(deps, caller, request.params.id ?? '', await readJson(request), ifMatch);
      return resource(updated.value, updated.etag);
    },
  },
];
