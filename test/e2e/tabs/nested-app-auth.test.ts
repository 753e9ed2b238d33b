import type { Browser, Page } from 'playwright-core';
import { seedDemo } from '../../../scripts/demo/seed-demo';
import { startOidcFake, type OidcFake } from '../../fakes/oidc-fake';
import { startApi, type TestApi } from '../../support/api-harness';
import { launchBrowser } from '../../support/browser';

/**
 * Nested app authentication as Teams and Outlook broker it: the host injects
 * `window.nestedAppAuthBridge`, MSAL (`createNestablePublicClientApplication`) posts JSON requests
 * to it and reads JSON answers. The bridge below speaks that protocol and hands out tokens from the
 * local Entra fake, so MSAL, the page and the API in Entra mode all run as in production.
 */
const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT_ID = '6b3a2f6e-0000-4000-8000-0000000000c1';
const APP_ID_URI = 'api://relais.contoso.fr/6b3a2f6e';

type BridgeScript = { accessToken: string; idToken: string; silent: 'token' | 'interaction'; popup: 'token' | 'consent' };

/** Runs in the page before its scripts: the host's side of the bridge, logging every request. */
const installBridge = ({ accessToken, idToken, silent, popup }: BridgeScript) => {
  type Envelope = { messageType: string; method: string; requestId: string; tokenParams?: { scope?: string } };
  const listeners: ((message: string) => void)[] = [];
  const seen: Envelope[] = [];
  const account = { homeAccountId: 'claire-oid.tenant', environment: 'login.microsoftonline.com', tenantId: '11111111-2222-3333-4444-555555555555', username: 'claire.martin@relais-demo.fr', localAccountId: 'claire-oid', name: 'Claire Martin' };
  const answer = (request: Envelope, body: Record<string, unknown>) =>
    setTimeout(() => {
      for (const listener of listeners) listener(JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, ...body }));
    }, 0);
  const token = (request: Envelope) => ({
    success: true,
    token: { access_token: accessToken, id_token: idToken, expires_in: 3600, scope: request.tokenParams?.scope, properties: null },
    account,
  });
  (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
    addEventListener: (_type: string, listener: (message: string) => void) => listeners.push(listener),
    removeEventListener: () => undefined,
    postMessage: (message: string) => {
      const request = JSON.parse(message) as Envelope;
      seen.push(request);
      if (request.method === 'GetInitContext')
        answer(request, { success: true, initContext: { sdkName: 'test-host', sdkVersion: '1.0.0', capabilities: { queryAccount: false }, accountContext: { homeAccountId: account.homeAccountId, environment: account.environment, tenantId: account.tenantId } } });
      else if (request.method === 'GetToken')
        answer(request, silent === 'token' ? token(request) : { success: false, error: { status: 'USER_INTERACTION_REQUIRED', code: 'interaction_required', description: 'AADSTS50058' } });
      else if (request.method === 'GetTokenPopup')
        answer(request, popup === 'token' ? token(request) : { success: false, error: { status: 'PERSISTENT_ERROR', code: 'consent_required', description: 'AADSTS65001: The user or administrator has not consented.' } });
      else answer(request, { success: false, error: { status: 'PERSISTENT_ERROR', code: 'unsupported' } });
    },
  };
  (window as unknown as { bridgeRequests: Envelope[] }).bridgeRequests = seen;
};

let fake: OidcFake;
let api: TestApi;
let browser: Browser;
let girard: string;
let accessToken: string;
let idToken: string;

beforeAll(async () => {
  fake = await startOidcFake({ tenant: TENANT, clientId: CLIENT_ID, clientSecret: 'secret', appIdUri: APP_ID_URI });
  api = await startApi({
    RELAIS_AUTH_MODE: 'entra',
    RELAIS_ENTRA_TENANT_ID: TENANT,
    RELAIS_ENTRA_AUDIENCE: `${APP_ID_URI},${CLIENT_ID}`,
    RELAIS_ENTRA_JWKS_URL: fake.jwksUrl,
    RELAIS_TEAM_GROUPS: 'group-nord:nord',
  });
  girard = (await seedDemo(api.app.deps)).tierIds.girard!;
  const claire = { oid: 'claire-oid', name: 'Claire Martin', preferred_username: 'claire.martin@relais-demo.fr', groups: ['group-nord'] };
  accessToken = await fake.token({ version: 'v2', claims: claire });
  idToken = await fake.token({ version: 'v2', claims: { ...claire, scp: undefined, roles: undefined } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await fake?.stop();
});

const openCard = async (script: Omit<BridgeScript, 'accessToken' | 'idToken'>, lang: 'en' | 'fr' = 'en') => {
  const page: Page = await browser.newPage();
  await page.addInitScript(installBridge, { accessToken, idToken, ...script });
  const bearers: string[] = [];
  page.on('request', (request) => {
    const auth = request.headers().authorization;
    if (new URL(request.url()).pathname.startsWith('/api/tiers/') && auth) bearers.push(auth);
  });
  await page.goto(`${api.base}/tab/card?tierId=${girard}&lang=${lang}`);
  const methods = () => page.evaluate(() => (window as unknown as { bridgeRequests: { method: string; tokenParams?: { scope?: string } }[] }).bridgeRequests);
  return { page, bearers, methods };
};

it('tells the page to sign in through nested app authentication, with the API scope it checks', async () => {
  const config = await (await fetch(`${api.base}/api/client-config`)).json();
  expect(config).toEqual({ auth: 'naa', clientId: CLIENT_ID, scopes: [`${APP_ID_URI}/access_as_user`], authority: `https://login.microsoftonline.com/${TENANT}` });
});

it('signs in silently through the host bridge and the API accepts the brokered Entra token', async () => {
  const { page, bearers, methods } = await openCard({ silent: 'token', popup: 'token' });
  await page.getByTestId('card-title').getByText('Transports Girard').waitFor();
  expect(bearers.length).toBeGreaterThan(0);
  expect(new Set(bearers)).toEqual(new Set([`Bearer ${accessToken}`]));
  const asked = await methods();
  expect(asked.map((r) => r.method)).toEqual(expect.arrayContaining(['GetInitContext', 'GetToken']));
  expect(asked.map((r) => r.method)).not.toContain('GetTokenPopup');
  expect(asked.find((r) => r.method === 'GetToken')?.tokenParams?.scope).toContain(`${APP_ID_URI}/access_as_user`);
  await page.close();
});

it('asks the host for one popup when silent sign-in needs the user, then loads the card', async () => {
  const { page, bearers, methods } = await openCard({ silent: 'interaction', popup: 'token' });
  await page.getByTestId('card-title').getByText('Transports Girard').waitFor();
  expect(new Set(bearers)).toEqual(new Set([`Bearer ${accessToken}`]));
  expect((await methods()).filter((r) => r.method === 'GetTokenPopup')).toHaveLength(1);
  await page.close();
});

it('says, in the user’s language, that an administrator must consent when the host reports missing consent, and calls the API with no token', async () => {
  const { page, bearers, methods } = await openCard({ silent: 'interaction', popup: 'consent' });
  await page.getByText(/administrator to grant consent/).waitFor();
  expect(bearers).toEqual([]);
  expect((await methods()).filter((r) => r.method === 'GetTokenPopup')).toHaveLength(1);
  await page.close();
  const french = await openCard({ silent: 'interaction', popup: 'consent' }, 'fr');
  await french.page.getByText('Relais a besoin du consentement d’un administrateur pour votre organisation.').waitFor();
  await french.page.close();
});
