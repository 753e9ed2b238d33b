import type { Tier } from '@relais/domain';
import { useEffect, useRef, useState } from 'react';
import { body, type ApiClient } from '../../api/api-client';
import { tierName } from './tier-name';

export type TierName =
  { status: 'loading' } | { status: 'found'; name: string; tier: Tier } | { status: 'missing' };

const PARALLEL = 6;

/**
 * Names for the tiers tasks and change requests point to, which carry ids only. Each distinct id is
 * read once (a few at a time); one the caller may not see is "missing" rather than failing the page.
 */
export const useTierNames = (api: ApiClient, ids: readonly string[]): ReadonlyMap<string, TierName> => {
  const [names, setNames] = useState<ReadonlyMap<string, TierName>>(new Map());
  const requested = useRef(new Set<string>());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const todo = (key ? key.split(',') : []).filter((id) => !requested.current.has(id));
    if (todo.length === 0) return;
    todo.forEach((id) => requested.current.add(id));
    const queue = [...todo];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const current = id;
        const found = await body(api.GET('/api/tiers/{id}', { params: { path: { id: current } } }))
          .then((tier): TierName => ({ status: 'found', name: tierName(tier), tier }))
          .catch((): TierName => ({ status: 'missing' }));
        setNames((prev) => new Map(prev).set(current, found));
      }
    };
    void Promise.all(Array.from({ length: Math.min(PARALLEL, todo.length) }, worker));
  }, [api, key]);
  return names;
};
