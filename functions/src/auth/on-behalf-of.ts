import { ConfidentialClientApplication } from '@azure/msal-node';
import type { TokenProvider } from '../graph/client-credentials';

export type OnBehalfOfSettings = {
  /** The API's own app registration: the audience of the tokens the add-in and tabs send. */
  clientId: string;
  clientSecret: string;
  tenantId: string;
  /** `https://login.microsoftonline.com` in the public cloud. */
  loginUrl: string;
  /**
   * The tenant's OpenID metadata and the cloud discovery answer, as JSON: given, MSAL makes no
   * discovery call (a sovereign cloud with a known layout; a local fake in tests).
   */
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
  /** How many users' tokens are kept at most (least recently used go first). */
  maxCachedUsers?: number;
};

/** The signed-in user, as the API saw them: their id and the bearer token they sent. */
export type DelegatingUser = { userId: string; assertion: string };

export type OnBehalfOf = (user: DelegatingUser, scopes: string[]) => Promise<string>;

/** Renew a little before expiry, so a token never expires in flight. */
const EARLY_MS = 5 * 60_000;

/**
 * Graph tokens on behalf of the signed-in user (OAuth 2.0 on-behalf-of, through MSAL): Graph then
 * applies that user's own rights. Tokens are cached per user and scopes until shortly before they
 * expire, so a user's requests share one exchange whichever API token they came with.
 */
export const createOnBehalfOf = (settings: OnBehalfOfSettings): OnBehalfOf => {
  const authority = `${settings.loginUrl.replace(/\/+$/, '')}/${settings.tenantId}`;
  const client = new ConfidentialClientApplication({
    auth: {
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      authority,
      ...(settings.authorityMetadata ? { authorityMetadata: settings.authorityMetadata, knownAuthorities: [new URL(authority).host] } : {}),
      ...(settings.cloudDiscoveryMetadata ? { cloudDiscoveryMetadata: settings.cloudDiscoveryMetadata } : {}),
    },
  });
  const maxUsers = settings.maxCachedUsers ?? 5000;
  const cache = new Map<string, Promise<{ token: string; expiresAt: number }>>();

  const exchange = async (assertion: string, scopes: string[]) => {
    const result = await client.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes });
    if (!result?.accessToken) throw new Error('Entra ID gave no token on behalf of the user.');
    return { token: result.accessToken, expiresAt: (result.expiresOn?.getTime() ?? Date.now() + 3600_000) - EARLY_MS };
  };

  return async (user, scopes) => {
    const key = `${user.userId}\n${[...scopes].sort().join(' ')}`;
    const cached = await cache.get(key)?.catch(() => undefined);
    if (cached && cached.expiresAt > Date.now()) {
      // Least recently used first out: a hit moves to the end.
      cache.delete(key);
      cache.set(key, Promise.resolve(cached));
      return cached.token;
    }
    const renewal = exchange(user.assertion, scopes);
    renewal.catch(() => cache.get(key) === renewal && cache.delete(key));
    cache.delete(key);
    cache.set(key, renewal);
    if (cache.size > maxUsers) cache.delete(cache.keys().next().value!);
    return (await renewal).token;
  };
};

/** The same, shaped as the Graph directory's token provider, for one request's user. */
export const onBehalfOfProvider = (onBehalfOf: OnBehalfOf, user: DelegatingUser): TokenProvider => (scope) => onBehalfOf(user, [scope]);
