import { ok } from '../responses';
import type { Route } from '../route';

/**
 * What a page needs before it can sign in: dev tokens locally, or the Entra app registration for
 * nested app authentication. Public on purpose (no token yet); client id and scope are not secrets.
 */
export type ClientConfig =
  { auth: 'dev' } | { auth: 'naa'; clientId: string; scopes: string[]; authority?: string };

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

export const clientConfigRoutes: Route[] = [
  {
    name: 'client-config',
    method: 'GET',
    path: 'client-config',
    access: 'public',
    handler: async (_request, { services }) =>
      ok(services.issueDevToken ? ({ auth: 'dev' } satisfies ClientConfig) : naaConfigFromEnv(process.env), {
        'cache-control': 'no-cache',
      }),
  },
];
