import type { Caller } from '../model/caller';
import type { Tier } from '../model/tier.schema';
import { canSee } from './visibility';

/**
 * What decides who sees a tier, copied onto each relation edge that names it, so a card can tell
 * which of hundreds of related tiers the caller may see without reading them all.
 */
export type TierGuard = Pick<Tier, 'ownerTeam' | 'confidentiality' | 'owner' | 'createdBy' | 'status'>;

export const tierGuard = (tier: Tier): TierGuard => ({
  ownerTeam: tier.ownerTeam,
  confidentiality: tier.confidentiality,
  ...(tier.owner ? { owner: tier.owner } : {}),
  createdBy: tier.createdBy,
  status: tier.status,
});

/** Same rule as `visibleTiers`: an active tier the caller may see. */
export const guardAllows = (caller: Caller, guard: TierGuard): boolean => guard.status === 'active' && canSee(caller, guard);

export const sameGuard = (a: TierGuard | undefined, b: TierGuard): boolean =>
  a !== undefined &&
  a.ownerTeam === b.ownerTeam &&
  a.confidentiality === b.confidentiality &&
  a.owner === b.owner &&
  a.createdBy === b.createdBy &&
  a.status === b.status;
