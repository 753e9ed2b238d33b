import type { ChangeRequest } from '@relais/domain';
import { useCallback } from 'react';
import { body, type ApiClient, useCursorList } from '@relais/ui/api';

export type Decision = 'approve' | 'reject';

const QUERY = { status: 'pending', mine: 'to-decide', limit: 50 } as const;

/** The pending change requests the caller may decide, newest first, and the decision call. */
export const useApprovals = (api: ApiClient) => {
  const list = useCursorList(useCallback((cursor?: string) => body(api.GET('/api/change-requests', { params: { query: { ...QUERY, cursor } } })), [api]));
  const { removeWhere } = list;

  const decide = useCallback(
    (request: ChangeRequest, decision: Decision, comment: string) =>
      body(
        api.POST('/api/change-requests/{id}/decision', {
          params: { path: { id: request.id } },
          body: { decision, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      ),
    [api],
  );

  return {
    ...list,
    decide,
    remove: useCallback((ids: ReadonlySet<string>) => removeWhere((r) => ids.has(r.id)), [removeWhere]),
  };
};
