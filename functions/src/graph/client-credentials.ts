/** An app-only access token for a resource (`https://graph.microsoft.com/.default`), in a tenant. */
export type TokenProvider = (scope: string, tenantId?: string) => Promise<string>;

export type ClientCredentials = {
  /** `https://login.microsoftonline.com` in the public cloud; a local fake in tests. */
  loginUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
};

type TokenAnswer = { access_token?: string; expires_in?: number | string; error?: string; error_description?: string };

/** Renew a little before expiry, so a token never expires in flight. */
const EARLY_MS = 5 * 60_000;

/**
 * The OAuth 2.0 client-credentials grant against Microsoft Entra ID (`/{tenant}/oauth2/v2.0/token`).
 * Tokens are cached per scope and tenant until shortly before they expire; concurrent callers share
 * one request.
 */
export const clientCredentialsProvider = (credentials: ClientCredentials): TokenProvider => {
  const cache = new Map<string, Promise<{ token: string; expiresAt: number }>>();
  const fetchToken = async (scope: string, tenant: string) => {
    const response = await fetch(`${credentials.loginUrl.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret, scope }),
      signal: AbortSignal.timeout(credentials.timeoutMs ?? 10_000),
    });
    const answer = (await response.json().catch(() => ({}))) as TokenAnswer;
    if (!response.ok || !answer.access_token)
      throw new Error(`Entra ID refused a token for ${scope}: ${answer.error ?? response.status} ${answer.error_description ?? ''}`.trim());
    return { token: answer.access_token, expiresAt: Date.now() + Number(answer.expires_in ?? 3600) * 1000 - EARLY_MS };
  };
  return async (scope, tenantId) => {
    const tenant = tenantId ?? credentials.tenantId;
    const key = `${tenant}\n${scope}`;
    const current = cache.get(key);
    const entry = current && (await current.catch(() => undefined));
    if (entry && entry.expiresAt > Date.now()) return entry.token;
    let next = cache.get(key);
    if (next === current) {
      // Nobody renewed it while we waited: this caller does, the others will share it.
      const renewal = fetchToken(scope, tenant);
      renewal.catch(() => cache.get(key) === renewal && cache.delete(key));
      cache.set(key, (next = renewal));
    }
    return (await next!).token;
  };
};
