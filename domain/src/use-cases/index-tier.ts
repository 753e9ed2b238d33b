import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { tierIndexEntries } from './tier-index-entries';

/** Brings a tier's index entities in line with the tier: adds the new keys, removes the old ones. */
export const indexTier = async (deps: Deps, tier: Tier, previous?: Tier): Promise<void> => {
  const next = tierIndexEntries(tier);
  const old = previous ? tierIndexEntries(previous) : [];
  const same = (a: { name: string; key: string }) => (b: { name: string; key: string }) => a.name === b.name && a.key === b.key;
  await Promise.all([
    ...next.filter((e) => !old.some(same(e))).map((e) => deps.index.put(e.name, e.key, tier.id)),
    ...old.filter((e) => !next.some(same(e))).map((e) => deps.index.remove(e.name, e.key, tier.id)),
  ]);
};
