import { SignJWT, generateKeyPair } from 'jose';
import { startApi, type TestApi } from '../support/api-harness';

let api: TestApi;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

describe('authentication', () => {
  it('leaves health and OpenAPI open, closes everything else', async () => {
    expect((await api.call('GET', '/api/health')).status).toBe(200);
    expect((await api.call('GET', '/api/openapi.json')).status).toBe(200);
    const denied = await api.call('GET', '/api/tiers?q=x');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toBe('Bearer');
    expect(denied.body.code).toBe('AUTH.MISSING_TOKEN');
  });

  it('refuses a token signed by another key, an unsigned one, and garbage', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'relais-dev' })
      .setIssuer('https://relais.local/dev-issuer')
      .setAudience('api://relais')
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(privateKey);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'mallory', roles: ['admin'], iss: 'https://relais.local/dev-issuer', aud: 'api://relais', exp: 9999999999 }),
    ).toString('base64url')}.`;
    for (const token of [forged, unsigned, 'not.a.jwt']) expect((await api.call('GET', '/api/tiers?q=x', { token })).status).toBe(401);
  });

  it('validates the dev token request, naming each field', async () => {
    const response = await api.call('POST', '/api/dev/token', { body: { userId: '', roles: ['emperor'] } });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'roles.0', 'userId']);
  });

  it('answers unknown routes and wrong methods in problem+json', async () => {
    expect((await api.call('GET', '/api/nothing-here')).status).toBe(404);
    const wrong = await api.call('DELETE', '/api/health');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });
});

describe('production mode', () => {
  it('has no dev token endpoint', async () => {
    const prod = await startApi({ RELAIS_AUTH_MODE: 'entra', RELAIS_ENTRA_AUDIENCE: 'api://relais-prod', RELAIS_ENTRA_TENANT_ID: '11111111-1111-1111-1111-111111111111' });
    try {
      expect((await prod.call('POST', '/api/dev/token', { body: { userId: 'x', name: 'x', roles: ['admin'] } })).status).toBe(404);
      expect((await prod.call('GET', '/api/health')).status).toBe(200);
    } finally {
      await prod.stop();
    }
  });
});
