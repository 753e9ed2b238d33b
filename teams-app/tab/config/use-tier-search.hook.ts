import { useEffect, useRef, useState } from 'react';
import { body, type ApiClient } from '@relais/ui/api';
import { organisationsOfLookup, queryKind, type SearchHit } from './search-evidence';

const DEBOUNCE_MS = 250;
const LIMIT = 20;

export type SearchState = { q: string; hits: SearchHit[]; loading: boolean; error: unknown };

/**
 * Organisations for the configuration page, as the rep types: by name words, SIREN, SIRET or
 * phone (the API's search), or by a contact's e-mail (the add-in's lookup, with its evidence).
 */
export const useTierSearch = (api: ApiClient, query: string) => {
  const [state, setState] = useState<SearchState>({ q: '', hits: [], loading: false, error: null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const q = query.trim();
    const call = (latest.current += 1);
    if (q.length < 2) {
      setState({ q, hits: [], loading: false, error: null });
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    const timer = setTimeout(async () => {
      try {
        const hits =
          queryKind(q) === 'email'
            ? organisationsOfLookup((await body(api.POST('/api/lookup', { body: { emails: [q] } }))).results)
            : (await body(api.GET('/api/tiers', { params: { query: { q, kind: 'organisation', limit: LIMIT } } }))).items.map((tier) => ({ tier, evidence: [] }));
        if (call === latest.current) setState({ q, hits, loading: false, error: null });
      } catch (error) {
        if (call === latest.current) setState({ q, hits: [], loading: false, error });
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, query, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
};
