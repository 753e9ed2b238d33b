import type { DuplicatePair, Tier } from '@relais/domain';
import { useCallback } from 'react';
import type { ApiClient } from '../../../ui/src/api/api-client';
import { useCursorList } from '../../../ui/src/api/use-cursor-list.hook';

export const pairKey = (pair: Pick<DuplicatePair, 'aId' | 'bId'>): string => `${pair.aId}~${pair.bId}`;

const QUERY = { limit: 20 } as const;

/** The likely duplicate pairs, best first, and the answers a steward gives: merge (and undo), or distinct. */
export const useDuplicates = (api: ApiClient) => {
  const list = useCursorList<DuplicatePair>(api, '/api/duplicates', QUERY);
  const { removeWhere } = list;

  const merge = useCallback(
    (survivorId: string, duplicateId: string, picks: Record<string, string> = {}) =>
      api.post<Tier>(`/api/tiers/${encodeURIComponent(survivorId)}/merge`, { duplicateId, picks }),
    [api],
  );
  const undo = useCallback(
    (survivorId: string, duplicateId: string) => api.post<Tier>(`/api/tiers/${encodeURIComponent(survivorId)}/merge/undo`, { duplicateId }),
    [api],
  );
  const markDistinct = useCallback((pair: DuplicatePair) => api.post('/api/duplicates/distinct', { aId: pair.aId, bId: pair.bId }), [api]);

  return {
    ...list,
    merge,
    undo,
    markDistinct,
    // A merged tier leaves every pair it was in.
    remove: useCallback(
      (pair: DuplicatePair, goneId?: string) => removeWhere((p) => pairKey(p) === pairKey(pair) || (goneId !== undefined && (p.aId === goneId || p.bId === goneId))),
      [removeWhere],
    ),
  };
};
