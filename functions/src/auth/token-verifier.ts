import { DomainError, Role, UserId, type Caller } from '@relais/domain';
import { errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/** What a valid token must be: the same checks for the dev issuer and for Entra ID, only the keys differ. */
export type TokenPolicy = {
  issuers: string[];
  audiences: string[];
  keys: JWTVerifyGetKey;
  /** Entra tenants allowed (`tid` claim); empty = no tenant check (dev issuer). */
  allowedTenants: string[];
  /** A delegated token must carry this scope (`scp`), e.g. `access_as_user`; app tokens carry roles. */
  requiredScope?: string;
  /** Entra group object ids (`groups` claim) → Relais teams. */
  teamGroups?: Record<string, string>;
  /** Whether a `teams` claim names teams: only the dev issuer's tokens carry one; Entra's teams come from groups. */
  teamsClaim?: boolean;
  /** Client ids whose app-only tokens (roles but no `scp`) are accepted; any other app-only token is refused. */
  allowedAppIds?: string[];
};

/** Entra and the API host clocks may differ by a little; a token is not refused for seconds of skew. */
const CLOCK_TOLERANCE_SECONDS = 120;

const unauthenticated = (message: string) => new DomainError('AUTH.INVALID_TOKEN', 'unauthenticated', message);

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? value.split(' ') : [];

/** App roles may be declared as `rep` or `Relais.Rep`; both read the same. */
const rolesOf = (payload: JWTPayload): Role[] =>
  stringList(payload.roles)
    .map((r) => r.replace(/^relais\./i, '').toLowerCase())
    .filter((r): r is Role => Role.safeParse(r).success);

const teamsOf = (payload: JWTPayload, teamGroups: Record<string, string>, teamsClaim: boolean): string[] => [
  ...new Set([...(teamsClaim ? stringList(payload.teams) : []), ...stringList(payload.groups).flatMap((group) => (teamGroups[group] ? [teamGroups[group]] : []))]),
];

export const callerFromClaims = (payload: JWTPayload, teamGroups: Record<string, string> = {}, teamsClaim = false): Caller => {
  const userId = (payload.oid as string | undefined) ?? payload.sub;
  if (!userId) throw unauthenticated('The token names no user.');
  // The user id reaches storage keys; a token naming one that could not be a key is no Relais token.
  if (!UserId.safeParse(userId).success) throw unauthenticated('The token names no valid user.');
  const email = (payload.email ?? payload.preferred_username ?? payload.upn) as string | undefined;
  return {
    userId,
    name: (payload.name as string | undefined) ?? email ?? userId,
    ...(email ? { email } : {}),
    roles: rolesOf(payload),
    teams: teamsOf(payload, teamGroups, teamsClaim),
  };
};

export const createTokenVerifier = (policy: TokenPolicy) => async (authorization: string | null): Promise<Caller> => {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new DomainError('AUTH.MISSING_TOKEN', 'unauthenticated', 'Sign in: send Authorization: Bearer <token>.');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, policy.keys, {
      issuer: policy.issuers,
      audience: policy.audiences,
      algorithms: ['RS256', 'ES256'],
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired; sign in again.');
    throw unauthenticated('The token is not valid for Relais.');
  }
  if (policy.allowedTenants.length > 0 && !policy.allowedTenants.includes(String(payload.tid)))
    throw unauthenticated('Your organisation is not allowed to use this Relais.');
  const caller = callerFromClaims(payload, policy.teamGroups, policy.teamsClaim);
  const scopes = stringList(payload.scp);
  // An app-only token (client credentials) names no signed-in user: only the applications listed may call.
  const appId = String(payload.azp ?? payload.appid ?? '');
  if (policy.requiredScope && scopes.length === 0 && !(policy.allowedAppIds ?? []).includes(appId))
    throw new DomainError('AUTH.APP_TOKEN_REFUSED', 'forbidden', 'Relais serves signed-in users; this application is not allowed to call it on its own (RELAIS_ENTRA_ALLOWED_APP_IDS).');
  if (policy.requiredScope && scopes.length > 0 && !scopes.includes(policy.requiredScope))
    throw new DomainError('AUTH.MISSING_SCOPE', 'forbidden', `The token lacks the ${policy.requiredScope} scope.`);
  if (caller.roles.length === 0) throw new DomainError('AUTH.NO_ROLE', 'forbidden', 'Your account has no Relais role; ask your administrator.');
  return caller;
};
