import { createOnBehalfOf } from '../../functions/src/auth/on-behalf-of';
import { issuerOf, startOidcFake, type OidcFake } from '../fakes/oidc-fake';
import { startApi, type TestApi } from '../support/api-harness';
import { organisation } from '../support/factories';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const CLIENT_ID = '6b3a2f6e-0000-4000-8000-00000000api1';
const APP_ID_URI = 'api://relais.contoso.fr/6b3a2f6e';
const SECRET = 'api-client-secret';

let fake: OidcFake;
let api: TestApi;
beforeAll(async () => {
  fake = await startOidcFake({ tenant: TENANT, clientId: CLIENT_ID, clientSecret: SECRET, appIdUri: APP_ID_URI });
  api = await startApi({
    RELAIS_AUTH_MODE: 'entra',
    RELAIS_ENTRA_TENANT_ID: TENANT,
    RELAIS_ENTRA_AUDIENCE: `${APP_ID_URI},${CLIENT_ID}`,
    RELAIS_ENTRA_JWKS_URL: fake.jwksUrl,
    RELAIS_TEAM_GROUPS: 'a1b2c3d4-group-north:north,e5f6-group-south:south',
  });
});
afterAll(async () => {
  await api.stop();
  await fake.stop();
});

const status = async (token: string) => (await api.call('GET', '/api/tiers?q=acme', { token })).status;

describe('Entra ID tokens, checked against the tenant keys (JWKS)', () => {
  it.each(['v1', 'v2'] as const)('accepts a valid %s access token and reads the user from it', async (version) => {
    const token = await fake.token({ version });
    expect(await status(token)).toBe(200);
    const created = await api.call('POST', '/api/tiers', { token, body: organisation() });
    expect(created.status).toBe(201);
    expect(created.body.createdBy).toBe('00000000-0000-0000-0000-0000000000a1');
  });

  it('maps Entra groups to Relais teams (the new tier goes to the first)', async () => {
    const token = await fake.token({ version: 'v2', claims: { groups: ['unrelated-group', 'e5f6-group-south'] } });
    const created = await api.call('POST', '/api/tiers', { token, body: organisation() });
    expect(created.body.ownerTeam).toBe('south');
  });

  it('takes teams from groups only: a `teams` claim in an Entra token grants nothing', async () => {
    const south = await fake.token({ version: 'v2', claims: { oid: 'south-user', groups: ['e5f6-group-south'] } });
    const secret = await api.call('POST', '/api/tiers', { token: south, body: organisation({ confidentiality: 'restricted' }) });
    expect([secret.status, secret.body.ownerTeam]).toEqual([201, 'south']);
    const claimed = await fake.token({ version: 'v2', claims: { oid: 'claims-south', teams: ['south'] } });
    expect((await api.call('GET', `/api/tiers/${secret.body.id}`, { token: claimed })).status).toBe(404);
    const created = await api.call('POST', '/api/tiers', { token: claimed, body: organisation() });
    expect(created.body.ownerTeam).not.toBe('south');
  });

  it('refuses app-only tokens (roles, no scp) unless their application is listed', async () => {
    const appOnly = (appId: string) => fake.token({ version: 'v2', claims: { oid: `sp-${appId}`, scp: undefined, roles: ['Relais.Admin'], azp: appId, idtyp: 'app' } });
    const refused = await api.call('GET', '/api/tiers?q=acme', { token: await appOnly('daemon-app') });
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.APP_TOKEN_REFUSED']);
    const allowing = await startApi({
      RELAIS_AUTH_MODE: 'entra',
      RELAIS_ENTRA_TENANT_ID: TENANT,
      RELAIS_ENTRA_AUDIENCE: `${APP_ID_URI},${CLIENT_ID}`,
      RELAIS_ENTRA_JWKS_URL: fake.jwksUrl,
      RELAIS_ENTRA_ALLOWED_APP_IDS: 'daemon-app',
    });
    try {
      expect((await allowing.call('GET', '/api/tiers?q=acme', { token: await appOnly('daemon-app') })).status).toBe(200);
      const other = await allowing.call('GET', '/api/tiers?q=acme', { token: await appOnly('other-app') });
      expect([other.status, other.body.code]).toEqual([403, 'AUTH.APP_TOKEN_REFUSED']);
    } finally {
      await allowing.stop();
    }
  });

  it('reads app roles declared as Relais.<Role>', async () => {
    const token = await fake.token({ version: 'v2', claims: { roles: ['Relais.Admin'] } });
    expect((await api.call('GET', '/api/audit?userId=someone', { token })).status).toBe(200);
  });

  it('refuses every token it must not trust, with 401, and says nothing more', async () => {
    const unsigned = async () => {
      const signed = await fake.token({ version: 'v2' });
      const [, payload] = signed.split('.');
      return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    };
    const refused: Record<string, string> = {
      'wrong audience': await fake.token({ version: 'v2', audience: 'api://someone-else' }),
      'another tenant (its own issuer)': await fake.token({ version: 'v2', tenant: OTHER_TENANT }),
      'another tenant (our issuer, their tid)': await fake.token({ version: 'v1', claims: { tid: OTHER_TENANT } }),
      'an unknown issuer': await fake.token({ version: 'v2', claims: { iss: 'https://evil.example/v2.0' } }),
      expired: await fake.token({ version: 'v2', expiresIn: -3600 }),
      'unsigned (alg none)': await unsigned(),
      'bad signature': await fake.token({ version: 'v2', forged: true }),
      'no expiry': await fake.token({ version: 'v1', expiresIn: null }),
    };
    for (const [why, token] of Object.entries(refused)) {
      const response = await api.call('GET', '/api/tiers?q=acme', { token });
      expect({ why, status: response.status, code: response.body.code }).toEqual({ why, status: 401, code: 'AUTH.INVALID_TOKEN' });
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('refuses with 403 a valid token without the API scope or without a Relais role', async () => {
    const noScope = await api.call('GET', '/api/tiers?q=acme', { token: await fake.token({ version: 'v2', claims: { scp: 'User.Read' } }) });
    expect([noScope.status, noScope.body.code]).toEqual([403, 'AUTH.MISSING_SCOPE']);
    const noRole = await api.call('GET', '/api/tiers?q=acme', { token: await fake.token({ version: 'v1', claims: { roles: ['Contoso.Unrelated'] } }) });
    expect([noRole.status, noRole.body.code]).toEqual([403, 'AUTH.NO_ROLE']);
  });

  it('has no dev token endpoint in Entra mode', async () => {
    expect((await api.call('POST', '/api/dev/token', { body: { userId: 'x', name: 'x', roles: ['admin'] } })).status).toBe(404);
  });

  it('issues tokens whose issuers are the ones the API expects by default', () => {
    expect(issuerOf('v1', TENANT)).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(issuerOf('v2', TENANT)).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
  });
});

describe('Graph on behalf of the user (MSAL, against the fake token endpoint)', () => {
  const settings = () => ({
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    tenantId: TENANT,
    loginUrl: 'https://login.microsoftonline.com',
    authorityMetadata: fake.authorityMetadata(),
    cloudDiscoveryMetadata: fake.cloudDiscoveryMetadata,
  });

  it('exchanges the user token once per user and scopes, then serves it from the cache', async () => {
    const onBehalfOf = createOnBehalfOf(settings());
    const before = fake.oboIssued();
    const alice = { userId: 'alice', assertion: await fake.token({ version: 'v2' }) };
    const graph = await onBehalfOf(alice, ['https://graph.microsoft.com/.default']);
    const claims = JSON.parse(Buffer.from(graph.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', oid: '00000000-0000-0000-0000-0000000000a1' });
    const request = fake.requests.filter((r) => r.method === 'POST').at(-1)!.body as Record<string, string>;
    expect(request).toMatchObject({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', requested_token_use: 'on_behalf_of', assertion: alice.assertion });

    const renewedApiToken = { ...alice, assertion: await fake.token({ version: 'v2', claims: { jti: 'another' } }) };
    expect(await onBehalfOf(renewedApiToken, ['https://graph.microsoft.com/.default'])).toBe(graph);
    const bob = { userId: 'bob', assertion: await fake.token({ version: 'v2', claims: { oid: 'bob-oid' } }) };
    expect(await onBehalfOf(bob, ['https://graph.microsoft.com/.default'])).not.toBe(graph);
    expect(fake.oboIssued() - before).toBe(2);
  });

  it('fails clearly when Entra refuses the client', async () => {
    const onBehalfOf = createOnBehalfOf({ ...settings(), clientSecret: 'wrong' });
    await expect(onBehalfOf({ userId: 'carol', assertion: await fake.token({ version: 'v2' }) }, ['User.Read'])).rejects.toThrow(/invalid_client|AADSTS7000215/);
  });
});
