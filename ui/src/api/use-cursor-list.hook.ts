import type { Page } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';

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
 * `fetchPage` (one typed API call for a cursor) must be stable (memoised) for the list not to reload on every render.
 */
export const useCursorList = <T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): CursorList<T> => {
  const [state, setState] = useState({ items: [] as T[], nextCursor: null as string | null, loading: true, loaded: false, error: null as unknown });
  const latest = useRef(0);

  const load = useCallback(
    async (cursor: string | null) => {
      const call = (latest.current += 1);
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const page = await fetchPage(cursor ?? undefined);
        if (call !== latest.current) return;
        setState((s) => ({ items: cursor ? [...s.items, ...page.items] : page.items, nextCursor: page.nextCursor, loading: false, loaded: true, error: null }));
      } catch (error) {
        if (call === latest.current) setState((s) => ({ ...s, loading: false, error }));
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    ...state,
    reload: useCallback(() => void load(null), [load]),
    loadMore: useCallback(() => {
      if (state.nextCursor) void load(state.nextCursor);
    }, [load, state.nextCursor]),
    removeWhere: useCallback((gone: (item: T) => boolean) => setState((s) => ({ ...s, items: s.items.filter((item) => !gone(item)) })), []),
  };
};
