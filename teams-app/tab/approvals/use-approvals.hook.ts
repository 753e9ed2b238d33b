import type { ChangeRequest, Page } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../ui/src/api/api-client';

export type Decision = 'approve' | 'reject';

type State = {
  items: ChangeRequest[];
  nextCursor: string | null;
  loading: boolean;
  loaded: boolean;
  error: unknown;
};

/** The pending change requests the caller may decide, newest first, and the decision call. */
export const useApprovals = (api: ApiClient) => {
  const [state, setState] = useState<State>({
    items: [],
    nextCursor: null,
    loading: true,
    loaded: false,
    error: null,
  });
  const latest = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const call = (latest.current += 1);
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await api.get<Page<ChangeRequest>>('/api/change-requests', {
          status: 'pending',
          mine: 'to-decide',
          limit: 50,
          cursor: cursor ?? undefined,
        });
        if (call === latest.current)
          setState((s) => ({
            items: cursor ? [...s.items, ...page.items] : page.items,
            nextCursor: page.nextCursor,
            loading: false,
            loaded: true,
            error: null,
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

  const decide = useCallback(
    (request: ChangeRequest, decision: Decision, comment: string) =>
      api.post<ChangeRequest>(`/api/change-requests/${encodeURIComponent(request.id)}/decision`, {
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }),
    [api],
  );

  return {
    ...state,
    decide,
    reload: useCallback(() => void fetchPage(null), [fetchPage]),
    loadMore: useCallback(
      () => state.nextCursor && void fetchPage(state.nextCursor),
      [fetchPage, state.nextCursor],
    ),
    remove: useCallback(
      (ids: ReadonlySet<string>) => setState((s) => ({ ...s, items: s.items.filter((r) => !ids.has(r.id)) })),
      [],
    ),
  };
};
