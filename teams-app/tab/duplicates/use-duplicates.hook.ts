import type { DuplicatePair, JobView, Tier } from '@relais/domain';
import { useCallback } from 'react';
import type { ApiClient } from '../../../ui/src/api/api-client';
import { followJob } from '../../../ui/src/api/follow-job';
import { useCursorList } from '../../../ui/src/api/use-cursor-list.hook';

export const pairKey = (pair: Pick<DuplicatePair, 'aId' | 'bId'>): string => `${pair.aId}~${pair.bId}`;

const QUERY = { limit: 20 } as const;

/** The likely duplicate pairs, best first, and the two answers a steward gives: merge, or distinct. */
export const useDuplicates = (api: ApiClient) => {
  const list = useCursorList<DuplicatePair>(api, '/api/duplicates', QUERY);
  const { removeWhere } = list;

  // A merge with many records to move answers 202: its job is followed until done, its progress told.
  const merge = useCallback(
    async (survivorId: string, duplicateId: string, onProgress: (job: JobView) => void) => {
      const answer = await api.request<Tier | JobView>('POST', `/api/tiers/${encodeURIComponent(survivorId)}/merge`, { body: { duplicateId } });
      if (answer.status === 202) await followJob(api, answer.body as JobView, onProgress);
    },
    [api],
  );
  const markDistinct = useCallback((pair: DuplicatePair) => api.post('/api/duplicates/distinct', { aId: pair.aId, bId: pair.bId }), [api]);

  return {
    ...list,
    merge,
    markDistinct,
    // A merged tier leaves every pair it was in.
    remove: useCallback(
      (pair: DuplicatePair, goneId?: string) => removeWhere((p) => pairKey(p) === pairKey(pair) || (goneId !== undefined && (p.aId === goneId || p.bId === goneId))),
      [removeWhere],
    ),
  };
};
