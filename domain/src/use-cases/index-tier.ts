import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { tierIndexEntries, type IndexEntry } from './tier-index-entries';

const sameKey = (a: IndexEntry) => (b: IndexEntry) => a.name === b.name && a.key === b.key;
const sameEntry = (a: IndexEntry) => (b: IndexEntry) => sameKey(a)(b) && a.data === b.data;

/** Brings a tier's index entities in line with the tier: writes the new or changed entries, removes the old keys. */
export const indexTier = async (deps: Deps, tier: Tier, previous?: Tier): Promise<void> => {
  const next = tierIndexEntries(tier);
  const old = previous ? tierIndexEntries(previous) : [];
  await Promise.all([
    ...next.filter((e) => !old.some(sameEntry(e))).map((e) => deps.index.put(e.name, e.key, tier.id, e.data)),
    ...old.filter((e) => !next.some(sameKey(e))).map((e) => deps.index.remove(e.name, e.key, tier.id)),
  ]);
};
