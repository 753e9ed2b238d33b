import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';

export const DEV_ISSUER = 'https://relais.local/dev-issuer';
export const DEV_AUDIENCE = 'api://relais';

export type DevIssuer = {
  keys: ReturnType<typeof createLocalJWKSet>;
  sign: (claims: { userId: string; name: string; roles: string[]; teams?: string[]; email?: string }, ttlSeconds?: number) => Promise<string>;
};

const KID = 'relais-dev';

/**
 * The local issuer: an ES256 key generated on first start (kept in `keyFile` when given), used to
 * sign tokens for demo users. The API verifies them with the same code as Entra ID tokens.
 */
export const createDevIssuer = async (keyFile?: string): Promise<DevIssuer> => {
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
  } else {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), kid: KID, alg: 'ES256' };
    if (keyFile) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = (await importJWK(privateJwk, 'ES256')) as KeyLike;
  return {
    keys: createLocalJWKSet({ keys: [{ ...publicJwk, kid: KID, alg: 'ES256', use: 'sig' }] }),
    sign: (claims, ttlSeconds = 8 * 3600) =>
      new SignJWT({ name: claims.name, roles: claims.roles, teams: claims.teams ?? [], ...(claims.email ? { email: claims.email } : {}) })
        .setProtectedHeader({ alg: 'ES256', kid: KID, typ: 'JWT' })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setSubject(claims.userId)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey),
  };
};
