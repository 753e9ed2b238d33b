import type { DuplicatePair, JobView, MergePicks } from '@relais/domain';
import { useCallback } from 'react';
import { answer, body, followJob, type ApiClient, useCursorList } from '@relais/ui/api';

export const pairKey = (pair: Pick<DuplicatePair, 'aId' | 'bId'>): string => `${pair.aId}~${pair.bId}`;

const QUERY = { limit: 20 } as const;

/** The likely duplicate pairs, best first, and the answers a steward gives: merge (and undo), or distinct. */
export const useDuplicates = (api: ApiClient) => {
  const list = useCursorList(useCallback((cursor?: string) => body(api.GET('/api/duplicates', { params: { query: { ...QUERY, cursor } } })), [api]));
  const { removeWhere } = list;

  // A merge with many records to move answers 202: its job is followed until done, its progress told.
  const merge = useCallback(
    async (survivorId: string, duplicateId: string, picks: MergePicks, onProgress: (job: JobView) => void) => {
      const merged = await answer(api.POST('/api/tiers/{id}/merge', { params: { path: { id: survivorId } }, body: { duplicateId, picks } }));
      if (merged.status === 202) await followJob(api, merged.body as JobView, onProgress);
    },
    [api],
  );
  const undo = useCallback(
    (survivorId: string, duplicateId: string) => body(api.POST('/api/tiers/{id}/merge/undo', { params: { path: { id: survivorId } }, body: { duplicateId } })),
    [api],
  );
  const markDistinct = useCallback((pair: DuplicatePair) => body(api.POST('/api/duplicates/distinct', { body: { aId: pair.aId, bId: pair.bId } })), [api]);

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
