import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { startJsonServer } from './json-server';

export type TokenVersion = 'v1' | 'v2';

export type TokenOptions = {
  version: TokenVersion;
  tenant?: string;
  audience?: string;
  /** Claims added to (or replacing) the defaults: oid, name, roles, scp, groups… */
  claims?: JWTPayload;
  /** Seconds from now; negative for a token that expired already; null for none at all. */
  expiresIn?: number | null;
  /** Signs with another key under the same kid: a forged token. */
  forged?: boolean;
};

/** Entra ID's two token shapes: v1 (sts.windows.net, upn) and v2 (login.microsoftonline.com/…/v2.0, preferred_username). */
export const issuerOf = (version: TokenVersion, tenant: string): string =>
  version === 'v1' ? `https://sts.windows.net/${tenant}/` : `https://login.microsoftonline.com/${tenant}/v2.0`;

const KID = 'oidc-fake-key';

/**
 * A local stand-in for Microsoft Entra ID on loopback: OpenID metadata per tenant, a JWKS with a
 * locally generated RSA key, tokens in the v1 and v2 shapes, and the token endpoint's on-behalf-of
 * grant (what MSAL calls when the API asks for a Graph token for its user).
 */
export const startOidcFake = async (settings: { tenant: string; clientId: string; clientSecret: string; appIdUri: string }) => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const { privateKey: strangerKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  let obo = 0;

  const sign = (payload: JWTPayload, key: KeyLike, expiresIn: number | null) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' }).setIssuedAt().setNotBefore(now - 60);
    return (expiresIn === null ? jwt : jwt.setExpirationTime(now + expiresIn)).sign(key);
  };

  const server = await startJsonServer(({ method, path, body }) => {
    if (method === 'GET' && path === '/discovery/v2.0/keys') return { status: 200, body: { keys: [jwk] } };
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path)?.[1];
    if (method === 'GET' && metadata) return { status: 200, body: openIdConfiguration(metadata) };
    const tokenTenant = /^\/([^/]+)\/oauth2\/v2\.0\/token(\?.*)?$/.exec(path)?.[1];
    if (method === 'POST' && tokenTenant) return onBehalfOf(tokenTenant, (body ?? {}) as Record<string, string>);
    return { status: 404, body: { error: 'not_found' } };
  });

  const openIdConfiguration = (tenant: string) => ({
    issuer: issuerOf('v2', tenant),
    authorization_endpoint: `${server.url}/${tenant}/oauth2/v2.0/authorize`,
    token_endpoint: `${server.url}/${tenant}/oauth2/v2.0/token`,
    end_session_endpoint: `${server.url}/${tenant}/oauth2/v2.0/logout`,
    jwks_uri: `${server.url}/discovery/v2.0/keys`,
  });

  /** The OBO grant: checks the client and the user's assertion, answers a Graph token for that user. */
  const onBehalfOf = async (tenant: string, form: Record<string, string>) => {
    if (form.client_id !== settings.clientId || form.client_secret !== settings.clientSecret)
      return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
    if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || form.requested_token_use !== 'on_behalf_of' || !form.assertion)
      return { status: 400, body: { error: 'invalid_grant', error_description: 'AADSTS50027: not an on-behalf-of request.' } };
    const user = JSON.parse(Buffer.from(form.assertion.split('.')[1] ?? '', 'base64url').toString('utf8')) as JWTPayload;
    obo += 1;
    const accessToken = await sign({ aud: 'https://graph.microsoft.com', iss: issuerOf('v1', tenant), tid: tenant, oid: user.oid, scp: 'User.Read', n: obo }, privateKey, 3600);
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, scope: form.scope, access_token: accessToken } };
  };

  return {
    url: server.url,
    requests: server.requests,
    jwksUrl: `${server.url}/discovery/v2.0/keys`,
    /** How many on-behalf-of tokens were handed out. */
    oboIssued: () => obo,
    /** MSAL's discovery answers, pointing at this fake: MSAL then calls nothing else. */
    authorityMetadata: (tenant = settings.tenant) => JSON.stringify(openIdConfiguration(tenant)),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${server.url}/${settings.tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.microsoftonline.com', aliases: ['login.microsoftonline.com'] }],
    }),
    /** An access token for the Relais API, as Entra ID would issue it to the add-in. */
    token: (options: TokenOptions) => {
      const tenant = options.tenant ?? settings.tenant;
      const v1 = options.version === 'v1';
      const payload: JWTPayload = {
        iss: issuerOf(options.version, tenant),
        aud: options.audience ?? (v1 ? settings.appIdUri : settings.clientId),
        tid: tenant,
        oid: '00000000-0000-0000-0000-0000000000a1',
        sub: 'pairwise-subject',
        name: 'Alice Entra',
        scp: 'access_as_user',
        roles: ['Relais.Rep'],
        ver: v1 ? '1.0' : '2.0',
        ...(v1 ? { upn: 'alice@contoso.fr', unique_name: 'alice@contoso.fr', appid: 'addin-client-id' } : { preferred_username: 'alice@contoso.fr', azp: 'addin-client-id' }),
        ...options.claims,
      };
      return sign(payload, options.forged ? strangerKey : privateKey, options.expiresIn === undefined ? 3600 : options.expiresIn);
    },
    stop: server.stop,
  };
};

export type OidcFake = Awaited<ReturnType<typeof startOidcFake>>;
