import { z } from 'zod';

export const Role = z.enum(['rep', 'manager', 'steward', 'admin']);
export type Role = z.infer<typeof Role>;

/** Who is calling, as the validated token says; `lang` is the language the door speaks to them in. */
export type Caller = { userId: string; name: string; email?: string; roles: Role[]; teams: string[]; lang?: 'fr' | 'en' };

export const hasRole = (caller: Caller, ...roles: Role[]): boolean => caller.roles.some((r) => roles.includes(r));
export const DEFAULT_TEAM = 'default';
export const defaultTeamOf = (caller: Caller): string => caller.teams[0] ?? DEFAULT_TEAM;
