import type { TierSummary } from '@relais/domain';
import { useEffect, useRef, useState } from 'react';
import { body, type ApiClient } from '@relais/ui/api';

const DEBOUNCE_MS = 250;

export type PersonSearch = { q: string; hits: TierSummary[]; loading: boolean; error: unknown };

/** People whose names start with the words typed (or with that e-mail), as the steward types. */
export const usePersonSearch = (api: ApiClient, query: string): PersonSearch => {
  const [state, setState] = useState<PersonSearch>({ q: '', hits: [], loading: false, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const call = (latest.current += 1);
    if (q.length < 2) {
      setState({ q, hits: [], loading: false, error: null });
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    const timer = setTimeout(() => {
      body(api.GET('/api/tiers', { params: { query: { q, kind: 'person', limit: 20 } } })).then(
        (page) => call === latest.current && setState({ q, hits: page.items, loading: false, error: null }),
        (error: unknown) => call === latest.current && setState({ q, hits: [], loading: false, error }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, query]);
  return state;
};
