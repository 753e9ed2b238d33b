import type { DuplicatePair, Page, Tier } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../ui/src/api/api-client';

type State = { items: DuplicatePair[]; nextCursor: string | null; loading: boolean; loaded: boolean; error: unknown };

export const pairKey = (pair: Pick<DuplicatePair, 'aId' | 'bId'>): string => `${pair.aId}~${pair.bId}`;

/** The likely duplicate pairs, best first, and the two answers a steward gives: merge, or distinct. */
export const useDuplicates = (api: ApiClient) => {
  const [state, setState] = useState<State>({ items: [], nextCursor: null, loading: true, loaded: false, error: null });
  const latest = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const call = (latest.current += 1);
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await api.get<Page<DuplicatePair>>('/api/duplicates', { limit: 20, cursor: cursor ?? undefined });
        if (call === latest.current) setState((s) => ({ items: cursor ? [...s.items, ...page.items] : page.items, nextCursor: page.nextCursor, loading: false, loaded: true, error: null }));
      } catch (error) {
        if (call === latest.current) setState((s) => ({ ...s, loading: false, error }));
      }
    },
    [api],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  const merge = useCallback(
    (survivorId: string, duplicateId: string) => api.post<Tier>(`/api/tiers/${encodeURIComponent(survivorId)}/merge`, { duplicateId }),
    [api],
  );
  const markDistinct = useCallback((pair: DuplicatePair) => api.post('/api/duplicates/distinct', { aId: pair.aId, bId: pair.bId }), [api]);

  return {
    ...state,
    merge,
    markDistinct,
    reload: useCallback(() => void fetchPage(null), [fetchPage]),
    loadMore: useCallback(() => state.nextCursor && void fetchPage(state.nextCursor), [fetchPage, state.nextCursor]),
    // A merged tier leaves every pair it was in.
    remove: useCallback(
      (pair: DuplicatePair, goneId?: string) =>
        setState((s) => ({ ...s, items: s.items.filter((p) => pairKey(p) !== pairKey(pair) && (!goneId || (p.aId !== goneId && p.bId !== goneId))) })),
      [],
    ),
  };
};
