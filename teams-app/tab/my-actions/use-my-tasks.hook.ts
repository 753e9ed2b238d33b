import type { Task } from '@relais/domain';
import { useCallback } from 'react';
import { body, type ApiClient, useCursorList } from '@relais/ui/api';

const QUERY = { assignee: 'me', status: 'open', limit: 200 } as const;

/** The caller's open tasks, earliest due first (the API's order), a page at a time. */
export const useMyTasks = (api: ApiClient) => {
  const list = useCursorList(useCallback((cursor?: string) => body(api.GET('/api/tasks', { params: { query: { ...QUERY, cursor } } })), [api]));
  const { removeWhere } = list;
  return { ...list, remove: useCallback((task: Task) => removeWhere((x) => x.id === task.id), [removeWhere]) };
};
