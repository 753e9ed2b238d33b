import type { TokenProvider } from '../api/api-client';

export type DevUser = { userId: string; name: string; roles: string[]; teams?: string[]; email?: string };

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
    const response = await fetch(new URL('/api/dev/token', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(user),
    });
    if (!response.ok) throw new Error(`The local sign-in failed (${response.status}).`);
    const { token } = (await response.json()) as { token: string };
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number };
    cached = { token, expiresAt: payload.exp * 1000 };
    return token;
  };
};
