import { body, createApiClient, type TokenProvider } from '../api/api-client';
import type { DevTokenRequest } from '../api/relais-api.generated';

/** Who the dev issuer signs for (the body of `POST /api/dev/token`). */
export type DevUser = DevTokenRequest;

/** The demo users of `npm start` (also in scripts/demo): pick one with `?user=<e-mail>`. */
export const demoUsers: DevUser[] = [
  { userId: 'claire.martin', name: 'Claire Martin', email: 'claire.martin@relais-demo.fr', roles: ['rep'], teams: ['nord'] },
  { userId: 'hugo.bernard', name: 'Hugo Bernard', email: 'hugo.bernard@relais-demo.fr', roles: ['rep'], teams: ['sud'] },
  { userId: 'marc.dubois', name: 'Marc Dubois', email: 'marc.dubois@relais-demo.fr', roles: ['manager'], teams: ['nord', 'sud'] },
  { userId: 'sophie.leroy', name: 'Sophie Leroy', email: 'sophie.leroy@relais-demo.fr', roles: ['steward'], teams: ['nord'] },
  { userId: 'admin', name: 'Admin Relais', email: 'admin@relais-demo.fr', roles: ['admin'], teams: [] },
];

export const demoUserFor = (emailOrId: string | null | undefined): DevUser => {
  const wanted = (emailOrId ?? '').toLowerCase();
  return demoUsers.find((u) => u.email === wanted || u.userId === wanted) ?? demoUsers[0]!;
};

/** Local mode: tokens from the dev issuer (`POST /api/dev/token`), renewed before they expire. */
export const devTokenProvider = (baseUrl: string, user: DevUser): TokenProvider => {
  let cached: { token: string; expiresAt: number } | undefined;
  return async ({ forceRefresh } = {}) => {
    if (cached && !forceRefresh && cached.expiresAt > Date.now() + 60_000) return cached.token;
    const { token } = await body(createApiClient({ baseUrl }).POST('/api/dev/token', { body: user }));
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number };
    cached = { token, expiresAt: payload.exp * 1000 };
    return token;
  };
};
