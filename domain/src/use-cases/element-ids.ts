import { withElementIds } from '../model/list-elements';
import type { Tier } from '../model/tier.schema';
import type { IdGenerator } from '../ports/system.port';
import type { TierStore } from '../ports/tier-store.port';

const ELEMENT_NAMESPACE = 'list-element';

/** The tier with an id on every element of its lists (see `withElementIds`). */
export const tierWithElementIds = <T extends Tier>(ids: IdGenerator, tier: T): T => withElementIds(tier, (key) => ids.fromKey(ELEMENT_NAMESPACE, key));

/**
 * The tier store that gives list elements their ids on every write, whoever writes (a creation, a
 * PATCH, an approval, a merge, an import): no element is stored without one. Reads stay as stored,
 * so the repair pass can tell a tier written before ids existed and store its ids.
 */
export const withElementIdsOnWrite = (store: TierStore, ids: IdGenerator): TierStore => ({
  ...store,
  create: (tier, facts) => store.create(tierWithElementIds(ids, tier), facts),
  write: (tierId, write) => store.write(tierId, write.tier ? { ...write, tier: { ...write.tier, value: tierWithElementIds(ids, write.tier.value) } } : write),
});
