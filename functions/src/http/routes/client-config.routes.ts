import { ClientConfig } from '@relais/domain';
import { ok } from '../responses';
import type { Route } from '../route';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/**
 * RELAIS_CLIENT_ID and RELAIS_API_SCOPE when set; otherwise read from the audience the API already
 * checks (`api://<host>/<client id>,<client id>`), so a deployment needs no extra setting.
 */
export const naaConfigFromEnv = (env: Record<string, string | undefined>): ClientConfig => {
  const audiences = (env.RELAIS_ENTRA_AUDIENCE ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const appIdUri = audiences.find((a) => a.startsWith('api://'));
  const clientId =
    env.RELAIS_CLIENT_ID ?? audiences.find((a) => GUID.test(a)) ?? appIdUri?.split('/').pop() ?? '';
  const scopes = env.RELAIS_API_SCOPE
    ? env.RELAIS_API_SCOPE.split(/[\s,]+/).filter(Boolean)
    : appIdUri
      ? [`${appIdUri}/${env.RELAIS_ENTRA_SCOPE ?? 'access_as_user'}`]
      : [];
  const tenant = env.RELAIS_ENTRA_TENANT_ID;
  return {
    auth: 'naa',
    clientId,
    scopes,
    ...(tenant && { authority: `https://login.microsoftonline.com/${tenant}` }),
  };
};

/** Public on purpose: a page asks before it has a token. */
export const clientConfigRoutes: Route[] = [
  {
    name: 'client-config',
    docs: { summary: 'How the pane and the tabs sign in (dev tokens or nested app authentication)', tag: 'system', responses: { 200: { description: 'The sign-in configuration; no secrets.', schema: ClientConfig } } },
    method: 'GET',
    path: 'client-config',
    access: 'public',
    handler: async (_request, { services }) =>
      ok(services.issueDevToken ? ({ auth: 'dev' } satisfies ClientConfig) : naaConfigFromEnv(process.env), {
        'cache-control': 'no-cache',
      }),
  },
];
