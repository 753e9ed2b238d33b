import { hasRole, type Caller } from '../model/caller';
import type { Confidentiality } from '../model/tier.schema';

type Guarded = { ownerTeam: string; confidentiality: Confidentiality; owner?: string; createdBy?: string };

/**
 * Public tiers are seen by everyone; restricted ones by their owner team; confidential ones by the
 * owner team's managers and the rep who follows the tier. Stewards and admins see everything.
 * A tier one may not see behaves, everywhere, as if it did not exist.
 */
export const canSee = (caller: Caller, tier: Guarded): boolean => {
  if (hasRole(caller, 'steward', 'admin')) return true;
  if (tier.confidentiality === 'public') return true;
  const inTeam = caller.teams.includes(tier.ownerTeam);
  if (tier.confidentiality === 'restricted') return inTeam;
  // Its creator follows a tier until someone else is named to follow it (a manager taking it back).
  const follows = tier.owner ? tier.owner === caller.userId : tier.createdBy === caller.userId;
  return follows || (inTeam && hasRole(caller, 'manager'));
};
