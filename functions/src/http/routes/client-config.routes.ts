import { ClientConfig } from '@relais/domain';
import { ok } from '../responses';
import type { Route } from '../route';

/** Public on purpose: a page asks before it has a token. */
export const clientConfigRoutes: Route[] = [
  {
    name: 'client-config',
    docs: { summary: 'How the pane and the tabs sign in (dev tokens or nested app authentication)', tag: 'system', responses: { 200: { description: 'The sign-in configuration; no secrets.', schema: ClientConfig } } },
    method: 'GET',
    path: 'client-config',
    access: 'public',
    handler: async (_request, { services }) => ok(services.clientConfig, { 'cache-control': 'no-cache' }),
  },
];
