import type { ClientCard } from '@relais/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { body, type ApiClient } from '../../api/api-client';

export type CardState =
  | { status: 'loading' }
  | { status: 'ready'; card: ClientCard; refreshing: boolean; version: number }
  | { status: 'error'; error: unknown; card?: ClientCard };

const cardOf = (api: ApiClient, tierId: string): Promise<ClientCard> => body(api.GET('/api/tiers/{id}/card', { params: { path: { id: tierId } } }));

let prefetched: { api: ApiClient; tierId: string; card: Promise<ClientCard> } | undefined;

/** Asks for a card before the page has rendered, so the request overlaps the first render. */
export const prefetchCard = (api: ApiClient, tierId: string): void => {
  prefetched = { api, tierId, card: cardOf(api, tierId) };
  prefetched.card.catch(() => undefined);
};

const takePrefetched = (api: ApiClient, tierId: string): Promise<ClientCard> | undefined => {
  const found = prefetched?.api === api && prefetched.tierId === tierId ? prefetched.card : undefined;
  if (found) prefetched = undefined;
  return found;
};

/**
 * The 360° view of one tier; a refresh keeps the card on screen until the new one arrives. `version`
 * changes with each load, so views holding local state start again from the fresh card.
 */
export const useClientCard = (api: ApiClient, tierId: string) => {
  const [state, setState] = useState<CardState>({ status: 'loading' });
  const latest = useRef(0);

  const load = useCallback(
    async (keep: boolean) => {
      const call = (latest.current += 1);
      setState((s) => (keep && s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
      try {
        const card = await ((keep ? undefined : takePrefetched(api, tierId)) ??
          cardOf(api, tierId));
        if (call === latest.current) setState({ status: 'ready', card, refreshing: false, version: call });
      } catch (error) {
        if (call === latest.current)
          setState((s) => ({ status: 'error', error, card: s.status === 'ready' ? s.card : undefined }));
      }
    },
    [api, tierId],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  return { state, reload: useCallback(() => load(true), [load]) };
};
