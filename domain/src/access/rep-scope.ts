import { hasRole, type Caller } from '../model/caller';
import type { RepInfo } from '../ports/insight-store.port';

/**
 * Whose activity and to-do list a caller may read: their own; a manager, also the reps of their teams
 * (as each rep's token last said); stewards and admins, everyone's.
 */
export const repScope = (caller: Caller, directory: ReadonlyMap<string, RepInfo>): ((rep: string) => boolean) => {
  if (hasRole(caller, 'steward', 'admin')) return () => true;
  if (hasRole(caller, 'manager')) return (rep) => rep === caller.userId || (directory.get(rep)?.teams ?? []).some((t) => caller.teams.includes(t));
  return (rep) => rep === caller.userId;
};
