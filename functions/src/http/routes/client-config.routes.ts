import { ok } from '../responses';
import type { Route } from '../route';

/**
 * What a page needs before it can sign in: dev tokens locally, or the Entra app registration for
 * nested app authentication. Public on purpose (no token yet); client id and scope are not secrets.
 */
export type ClientConfig =
  | { auth: 'dev' }
  | { auth: 'naa'; clientId: string; scopes: string[]; authority?: string };

export const clientConfigRoutes: Route[] = [
  {
    name: 'client-config',
    method: 'GET',
    path: 'client-config',
    access: 'public',
    handler: async (_request, { services }) => {
      if (services.issueDevToken) return ok({ auth: 'dev' } satisfies ClientConfig);
      const tenant = process.env.RELAIS_ENTRA_TENANT_ID;
      const config: ClientConfig = {
        auth: 'naa',
        clientId: process.env.RELAIS_CLIENT_ID ?? '',
        scopes: (process.env.RELAIS_API_SCOPE ?? '').split(/[\s,]+/).filter(Boolean),
        ...(tenant && { authority: `https://login.microsoftonline.com/${tenant}` }),
      };
      return ok(config, { 'cache-control': 'no-cache' });
    },
  },
];
