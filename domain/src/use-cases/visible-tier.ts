import { canSee } from '../access/visibility';
import { DomainError, notFound } from '../errors/domain-error';
import { hasRole, type Caller } from '../model/caller';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { tierWithElementIds } from './element-ids';

/** Loads a tier the caller may see; anything else is "not found", so nothing leaks. */
export const loadVisibleTier = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Tier>> =>
  checkVisibleTier(deps, caller, id, await deps.tiers.get(id));

/** The same check on a tier already read (with its partition, say). */
export const checkVisibleTier = (deps: Deps, caller: Caller, id: string, found: Versioned<Tier> | undefined): Versioned<Tier> => {
  if (!found || !canSee(caller, found.value)) throw notFound('tier', id);
  // Only what kind of tier it was is said, so a reader's page can say "this person was erased".
  if (found.value.status === 'erased') throw new DomainError('TIER.ERASED', 'gone', `Tier ${id} was erased.`, [], { kind: found.value.kind });
  // Archived data is kept for a legal obligation only: out of everyone's sight but the stewards'.
  if (found.value.status === 'archived' && !hasRole(caller, 'steward', 'admin')) throw notFound('tier', id);
  // Tiers stored before list elements had ids read with the ids the repair pass will store.
  return { ...found, value: tierWithElementIds(deps.ids, found.value) };
};

/** Same, for a tier that must be live (not merged away): merged tiers answer with where they went. */
export const loadActiveTier = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Tier>> => {
  const found = await loadVisibleTier(deps, caller, id);
  if (found.value.status === 'merged')
    throw new DomainError('TIER.MERGED', 'conflict', `Tier ${id} was merged into ${found.value.mergedInto}.`, [], {
      mergedInto: found.value.mergedInto,
    });
  if (found.value.status === 'archived') throw new DomainError('TIER.ARCHIVED', 'conflict', `Tier ${id} is archived: it can be read, not changed.`);
  return found;
};

export const visibleTiers = async (deps: Deps, caller: Caller, ids: readonly string[]): Promise<Tier[]> => {
  const unique = [...new Set(ids)];
  const tiers = await deps.tiers.getMany(unique);
  return tiers.filter((t) => t.status === 'active' && canSee(caller, t));
};
