import type { Page } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './api-client';

type Query = Record<string, string | number | boolean | undefined>;

export type CursorList<T> = {
  items: T[];
  nextCursor: string | null;
  /** A page is on its way. */
  loading: boolean;
  /** The first page has arrived (an empty list is then really empty). */
  loaded: boolean;
  error: unknown;
  reload: () => void;
  loadMore: () => void;
  /** Drops the items the predicate names (after they were decided, completed or merged). */
  removeWhere: (gone: (item: T) => boolean) => void;
};

/**
 * A list the API serves a page at a time (`{ items, nextCursor }`), fetched from its first page and
 * extended on demand. An answer that arrives after a newer request was made is dropped.
 * `query` must be stable (a constant or memoised) for the list not to reload on every render.
 */
export const useCursorList = <T>(api: ApiClient, path: string, query: Query): CursorList<T> => {
  const [state, setState] = useState({ items: [] as T[], nextCursor: null as string | null, loading: true, loaded: false, error: null as unknown });
  const latest = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const call = (latest.current += 1);
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await api.get<Page<T>>(path, { ...query, cursor: cursor ?? undefined });
        if (call !== latest.current) return;
        setState((s) => ({ items: cursor ? [...s.items, ...page.items] : page.items, nextCursor: page.nextCursor, loading: false, loaded: true, error: null }));
      } catch (error) {
        if (call === latest.current) setState((s) => ({ ...s, loading: false, error }));
      }
    },
    [api, path, query],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  return {
    ...state,
    reload: useCallback(() => void fetchPage(null), [fetchPage]),
    loadMore: useCallback(() => {
      if (state.nextCursor) void fetchPage(state.nextCursor);
    }, [fetchPage, state.nextCursor]),
    removeWhere: useCallback((gone: (item: T) => boolean) => setState((s) => ({ ...s, items: s.items.filter((item) => !gone(item)) })), []),
  };
};
