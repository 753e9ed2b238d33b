import type { Suggestion } from '@relais/domain';
import { useCallback } from 'react';
import { answer, body, type ApiClient, useCursorList } from '../../api';

export type SuggestionParticipant = Suggestion['participants'][number];

/** The tiers a suggestion is filed against by one click: each matched person with their organisations, and organisations by domain. */
export const tiersToFile = (suggestion: Suggestion): string[] => [
  ...new Set(
    suggestion.participants
      .filter((p) => p.status === 'matched')
      .flatMap((p) => p.matches.flatMap((m) => [m.tier.id, ...(m.organisations ?? []).map((o) => o.tier.id)])),
  ),
];

/** Who "never for this sender" lists: the sender of a received e-mail, else the first known participant. */
export const senderOf = (suggestion: Suggestion): SuggestionParticipant | undefined =>
  suggestion.participants.find((p) => p.role === 'from' && p.matches.length > 0) ?? suggestion.participants.find((p) => p.matches.length > 0);

/** The caller's suggested logs, a page at a time, and the three things a rep does with one. */
export const useSuggestions = (api: ApiClient) => {
  const list = useCursorList(useCallback((cursor?: string) => body(api.GET('/api/suggestions', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })), [api]));
  const { removeWhere } = list;
  const drop = useCallback((s: Suggestion) => removeWhere((x) => x.id === s.id), [removeWhere]);
  const accept = useCallback(
    async (s: Suggestion): Promise<{ created: boolean }> => {
      const draft = {
        direction: s.direction,
        medium: s.medium,
        occurredAt: s.occurredAt,
        ...(s.subject ? { subject: s.subject.slice(0, 500) } : {}),
        participants: tiersToFile(s).map((tierId) => ({ tierId })),
      };
      const result = await answer(api.POST('/api/suggestions/{id}/accept', { params: { path: { id: s.id } }, body: draft }));
      drop(s);
      return { created: result.status === 201 };
    },
    [api, drop],
  );
  const dismiss = useCallback(
    async (s: Suggestion) => {
      await body(api.POST('/api/suggestions/{id}/dismiss', { params: { path: { id: s.id } } }));
      drop(s);
    },
    [api, drop],
  );
  const never = useCallback(
    async (s: Suggestion, address: string) => {
      const settings = await body(api.GET('/api/capture/settings'));
      await body(api.PUT('/api/capture/settings', { body: { ...settings, neverSuggest: [...new Set([...settings.neverSuggest, address.toLowerCase()])] } }));
      await body(api.POST('/api/suggestions/{id}/dismiss', { params: { path: { id: s.id } } }));
      removeWhere((x) => x.participants.some((p) => p.emailAddress.toLowerCase() === address.toLowerCase()));
    },
    [api, removeWhere],
  );
  return { ...list, accept, dismiss, never };
};
