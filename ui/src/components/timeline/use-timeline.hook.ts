import type { Page, TimelineEntry } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { body, type ApiClient } from '../../api/api-client';

export type TimelineFilters = { medium: string; direction: '' | 'inbound' | 'outbound' };
export const noFilters: TimelineFilters = { medium: '', direction: '' };

const PAGE_SIZE = 20;
/** A filtered query may return empty pages that still carry a cursor; follow a few before pausing. */
const EMPTY_PAGES_IN_A_ROW = 5;

type State = { items: TimelineEntry[]; nextCursor: string | null; loading: boolean; error: unknown };

/**
 * The timeline, newest first, one page at a time on the API's cursor: never loaded whole, so an
 * account with 20,000 interactions costs what its first page costs. The unfiltered first page comes
 * with the card; a filter starts over from the newest.
 */
export const useTimeline = (api: ApiClient, tierId: string, firstPage: Page<TimelineEntry>) => {
  const [filters, setFiltersState] = useState<TimelineFilters>(noFilters);
  const [state, setState] = useState<State>({
    items: firstPage.items,
    nextCursor: firstPage.nextCursor,
    loading: false,
    error: null,
  });
  // Answers to an older filter (or an older tier) are dropped when they arrive late.
  const generation = useRef(0);
  const busy = useRef(false);

  const fetchFrom = useCallback(
    async (cursor: string | undefined, wanted: TimelineFilters, gen: number) => {
      busy.current = true;
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        let next: string | undefined = cursor;
        let found: TimelineEntry[] = [];
        let page: Page<TimelineEntry> = { items: [], nextCursor: null };
        for (let empty = 0; found.length === 0 && empty < EMPTY_PAGES_IN_A_ROW; empty += 1) {
          page = await body(
            api.GET('/api/tiers/{id}/timeline', {
              params: { path: { id: tierId }, query: { limit: PAGE_SIZE, cursor: next, medium: wanted.medium || undefined, direction: wanted.direction || undefined } },
            }),
          );
          found = page.items;
          if (!page.nextCursor) break;
          next = page.nextCursor;
        }
        if (gen !== generation.current) return;
        setState((s) => ({
          items: cursor ? [...s.items, ...found] : found,
          nextCursor: page.nextCursor,
          loading: false,
          error: null,
        }));
      } catch (error) {
        if (gen === generation.current) setState((s) => ({ ...s, loading: false, error }));
      } finally {
        if (gen === generation.current) busy.current = false;
      }
    },
    [api, tierId],
  );

  useEffect(() => {
    generation.current += 1;
    busy.current = false;
    setFiltersState(noFilters);
    setState({ items: firstPage.items, nextCursor: firstPage.nextCursor, loading: false, error: null });
  }, [firstPage]);

  const setFilters = useCallback(
    (wanted: TimelineFilters) => {
      generation.current += 1;
      setFiltersState(wanted);
      if (wanted.medium === '' && wanted.direction === '') {
        busy.current = false;
        setState({ items: firstPage.items, nextCursor: firstPage.nextCursor, loading: false, error: null });
      } else {
        setState({ items: [], nextCursor: null, loading: true, error: null });
        void fetchFrom(undefined, wanted, generation.current);
      }
    },
    [fetchFrom, firstPage],
  );

  const loadMore = useCallback(() => {
    if (busy.current || !state.nextCursor) return;
    void fetchFrom(state.nextCursor, filters, generation.current);
  }, [fetchFrom, filters, state.nextCursor]);

  /** After a failure: the first page of a filter again, or the next page again. */
  const retry = useCallback(() => {
    if (state.items.length === 0 && !state.nextCursor) void fetchFrom(undefined, filters, generation.current);
    else loadMore();
  }, [fetchFrom, filters, loadMore, state.items.length, state.nextCursor]);

  return { ...state, hasMore: state.nextCursor !== null, filters, setFilters, loadMore, retry };
};
