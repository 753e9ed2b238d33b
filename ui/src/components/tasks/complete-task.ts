import type { Task } from '@relais/domain';
import { answer, type ApiClient } from '../../api/api-client';
import { isApiProblem } from '../../api/api-problem';

export type CompletionOutcome = { kind: 'done'; task: Task } | { kind: 'changed' };

/**
 * Marks a task done only if it is still the task the rep saw: its ETag is read and the PATCH carries
 * it in If-Match. A task changed since it was shown, or between the read and the write (412), is
 * left alone and reported as changed so the page reloads and says so.
 */
export const completeTask = async (api: ApiClient, seen: Task): Promise<CompletionOutcome> => {
  const path = { id: seen.id };
  const current = await answer(api.GET('/api/tasks/{id}', { params: { path } }));
  if (!current.etag || current.body.updatedAt !== seen.updatedAt || current.body.status !== seen.status)
    return { kind: 'changed' };
  try {
    const updated = await answer(api.PATCH('/api/tasks/{id}', { params: { path, header: { 'If-Match': current.etag } }, body: { status: 'done' } }));
    return { kind: 'done', task: updated.body };
  } catch (error) {
    if (isApiProblem(error) && error.status === 412) return { kind: 'changed' };
    throw error;
  }
};
