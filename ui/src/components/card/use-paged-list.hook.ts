import { useCallback, useEffect, useRef, useState } from 'react';

export type PagedList<T> = { items: readonly T[]; total: number; nextCursor: string | null };

type Fetch<T> = (cursor: string | undefined) => Promise<PagedList<T>>;

/**
 * A list the card shows a first page of and loads on demand: `more()` appends the next page on the
 * API's cursor. Changing `source` (a search typed) starts again from its first page; the card's own
 * first page is used as is when `initial` is given.
 */
export const usePagedList = <T>(fetchPage: Fetch<T>, initial: PagedList<T> | null) => {
  const [list, setList] = useState<PagedList<T> | null>(initial);
  const [loading, setLoading] = useState(initial === null);
  const [error, setError] = useState<unknown>(undefined);
  const generation = useRef(0);

  useEffect(() => {
    const call = (generation.current += 1);
    setError(undefined);
    if (initial) {
      setList(initial);
      setLoading(false);
      return;
    }
    setLoading(true);
    fetchPage(undefined).then(
      (page) => call === generation.current && (setList(page), setLoading(false)),
      (e: unknown) => call === generation.current && (setError(e), setLoading(false)),
    );
  }, [fetchPage, initial]);

  const more = useCallback(async () => {
    const cursor = list?.nextCursor;
    if (!cursor || loading) return;
    const call = generation.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = await fetchPage(cursor);
      if (call !== generation.current) return;
      setList((current) => ({
        items: [...(current?.items ?? []), ...page.items],
        total: page.total,
        nextCursor: page.nextCursor,
      }));
    } catch (e) {
      if (call === generation.current) setError(e);
    } finally {
      if (call === generation.current) setLoading(false);
    }
  }, [fetchPage, list, loading]);

  return { list, loading, error, more };
};
