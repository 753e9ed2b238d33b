import type { Page, Task } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../ui/src/api/api-client';

const PAGE_SIZE = 200;

type State = { items: Task[]; nextCursor: string | null; loading: boolean; error: unknown; loaded: boolean };

/** The caller's open tasks, earliest due first (the API's order), a page at a time. */
export const useMyTasks = (api: ApiClient) => {
  const [state, setState] = useState<State>({
    items: [],
    nextCursor: null,
    loading: true,
    error: null,
    loaded: false,
  });
  const latest = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const call = (latest.current += 1);
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await api.get<Page<Task>>('/api/tasks', {
          assignee: 'me',
          status: 'open',
          limit: PAGE_SIZE,
          cursor: cursor ?? undefined,
        });
        if (call !== latest.current) return;
        setState((s) => ({
          items: cursor ? [...s.items, ...page.items] : page.items,
          nextCursor: page.nextCursor,
          loading: false,
          error: null,
          loaded: true,
        }));
      } catch (error) {
        if (call === latest.current) setState((s) => ({ ...s, loading: false, error }));
      }
    },
    [api],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  return {
    ...state,
    reload: useCallback(() => void fetchPage(null), [fetchPage]),
    loadMore: useCallback(
      () => state.nextCursor && void fetchPage(state.nextCursor),
      [fetchPage, state.nextCursor],
    ),
    remove: useCallback(
      (task: Task) => setState((s) => ({ ...s, items: s.items.filter((x) => x.id !== task.id) })),
      [],
    ),
  };
};
