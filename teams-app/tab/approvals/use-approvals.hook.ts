import type { ChangeRequest } from '@relais/domain';
import { useCallback } from 'react';
import type { ApiClient } from '../../../ui/src/api/api-client';
import { useCursorList } from '../../../ui/src/api/use-cursor-list.hook';

export type Decision = 'approve' | 'reject';

const QUERY = { status: 'pending', mine: 'to-decide', limit: 50 } as const;

/** The pending change requests the caller may decide, newest first, and the decision call. */
export const useApprovals = (api: ApiClient) => {
  const list = useCursorList<ChangeRequest>(api, '/api/change-requests', QUERY);
  const { removeWhere } = list;

  const decide = useCallback(
    (request: ChangeRequest, decision: Decision, comment: string) =>
      api.post<ChangeRequest>(`/api/change-requests/${encodeURIComponent(request.id)}/decision`, {
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      }),
    [api],
  );

  return {
    ...list,
    decide,
    remove: useCallback((ids: ReadonlySet<string>) => removeWhere((r) => ids.has(r.id)), [removeWhere]),
  };
};
