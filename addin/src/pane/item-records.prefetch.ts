import type { Interaction } from '@relais/domain';
import type { AddressMatch } from '@relais/ui/components/tier-match';
import type { RelaisApi } from '../api/relais-api';
import { allAddresses, type OutlookItemSnapshot } from '../office';
import { resolveSource, type ResolvedSource } from './item-source';
import { itemKey } from './use-current-item.hook';

export type ItemRecords = {
  matches: Promise<AddressMatch[]>;
  source: Promise<ResolvedSource>;
  logged: Promise<Interaction | null>;
};

/**
 * What Relais knows about an item: who its addresses are (one lookup call), what it is logged under
 * (a meeting's iCalUId), and whether it was logged.
 */
export const fetchItemRecords = (api: RelaisApi, item: OutlookItemSnapshot): ItemRecords => {
  const addresses = allAddresses(item);
  const source = resolveSource(api, item);
  return {
    matches: addresses.length === 0 ? Promise.resolve([]) : api.lookup(addresses),
    source,
    logged: source.then(({ source: resolved }) => (resolved ? api.loggedFrom(resolved) : null)),
  };
};

const started = new Map<string, ItemRecords>();

/**
 * Asks Relais about the item the pane opens on while React renders for the first time: the pane
 * then finds the answers on their way instead of asking only once it has drawn itself.
 */
export const prefetchItemRecords = (api: RelaisApi, item: OutlookItemSnapshot): void => {
  const records = fetchItemRecords(api, item);
  // Failures surface when the pane takes the records; unobserved here they would be reported as unhandled.
  records.matches.catch(() => undefined);
  records.logged.catch(() => undefined);
  records.source.catch(() => undefined);
  started.set(itemKey(item), records);
};

/** The prefetched records of this item, once: a retry or a later visit asks again. */
export const takePrefetched = (item: OutlookItemSnapshot): ItemRecords | undefined => {
  const key = itemKey(item);
  const records = started.get(key);
  started.delete(key);
  return records;
};
