import { app } from '@azure/functions';
import { createAppFromEnv, type App } from './composition-root';
import { readEnv } from './config';
import { dispatch } from './http/dispatch';
import { join } from 'node:path';
import { servePage } from './http/page-route';
import { routeTable } from './http/route-table';
import { retentionTimer } from './timers/retention.timer';

/**
 * The Azure Functions entry: every route of the table becomes one HTTP function. host.json sets an
 * empty route prefix, so `api/` is part of each route, as in the local host.
 */
// Bodies as streams both ways: segment CSV exports are written as the buckets are evaluated, and CSV
// imports are read row by row; without this the host buffers them whole. Must run before any registration.
app.setup({ enableHttpStream: true });

let composed: Promise<App> | undefined;
const application = () => (composed ??= createAppFromEnv(readEnv({ RELAIS_AUTH_MODE: 'entra', ...process.env })));

for (const route of routeTable) {
  app.http(route.name, {
    methods: [route.method],
    route: `api/${route.path}`,
    authLevel: 'anonymous',
    handler: async (request) => dispatch(await application(), route, request),
  });
}

// CNIL retention, daily: erases or archives the tiers whose retention period has run out.
app.timer('retention', retentionTimer(application, process.env));

// Everything else is a page or an asset of the pane and the tabs (literal api/ routes take precedence).
app.http('pages', { methods: ['GET'], route: '{*path}', authLevel: 'anonymous', handler: servePage(join(__dirname, '..', 'web')) });
