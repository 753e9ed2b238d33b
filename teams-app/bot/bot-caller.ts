import type { Account } from '@microsoft/teams.api';
import type { Caller, Role } from '@relais/domain';

/** Roles a Teams user holds in Relais; an activity carries no Relais token, so they come from configuration. */
export type RolesOf = (userId: string) => Role[];

/**
 * The Relais caller behind an activity: its Entra object id is the Relais user id. Without one (a
 * guest, a forged activity) there is no caller, and nothing may be decided.
 */
export const callerOf = (from: Account | undefined, rolesOf: RolesOf): Caller | undefined => {
  const userId = from?.aadObjectId;
  if (!userId) return undefined;
  return { userId, name: from.name ?? userId, roles: rolesOf(userId), teams: [] };
};
