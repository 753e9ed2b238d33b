import type { Interaction } from '@relais/domain';
import type { AddressMatch } from '@relais/ui/components/tier-match';
import { useCallback, useEffect, useState } from 'react';
import type { OutlookItemSnapshot } from '../office';
import { fetchItemRecords, takePrefetched } from './item-records.prefetch';
import type { ResolvedSource } from './item-source';
import { usePane } from './pane-context';

export type Load<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * What Relais knows about the item, fetched together when it is opened: who its addresses are
 * (one lookup call), what it is logged under, and whether it was logged already.
 */
export const useItemRecords = (item: OutlookItemSnapshot) => {
  const { api } = usePane();
  const [matches, setMatches] = useState<Load<AddressMatch[]>>({ status: 'loading' });
  const [logged, setLogged] = useState<Load<Interaction | null>>({ status: 'loading' });
  const [source, setSource] = useState<ResolvedSource | undefined>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const records = (attempt === 0 && takePrefetched(item)) || fetchItemRecords(api, item);
    setMatches((m) => (m.status === 'ready' ? m : { status: 'loading' }));
    setLogged((l) => (l.status === 'ready' ? l : { status: 'loading' }));
    records.matches.then(
      (value) => live && setMatches({ status: 'ready', value }),
      (error: unknown) => live && setMatches({ status: 'failed', error }),
    );
    // Never rejects: without Graph, the item's own id is used.
    void records.source.then((value) => live && setSource(value));
    records.logged.then(
      (value) => live && setLogged({ status: 'ready', value }),
      (error: unknown) => live && setLogged({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, item, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { matches, logged, source, retry };
};
