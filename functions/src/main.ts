import { app } from '@azure/functions';
import { createAppFromEnv, type App } from './composition-root';
import { readEnv } from './config';
import { dispatch } from './http/dispatch';
import { join } from 'node:path';
import { servePage } from './http/page-route';
import { routeTable } from './http/route-table';
import { retentionTimer } from './timers/retention.timer';
import { renewCapture, runDelivery, sweepPending, type WorkLane } from '@relais/domain';
import { backgroundDeps, triggerBody } from './background/background-app';
import { poisonQueueNameOf, queueNameOf } from './background/queue-set';

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

// Background work: the same runDelivery as the local worker. The host's own retries (maxDequeueCount in
// host.json) only catch deliveries that died; runDelivery retries failures itself with a growing delay.
const tablePrefix = process.env.RELAIS_TABLE_PREFIX ?? 'relais';
const connection = 'RELAIS_STORAGE_CONNECTION_STRING';
for (const lane of ['work', 'jobs'] as WorkLane[]) {
  app.storageQueue(`queue-${lane}`, {
    queueName: queueNameOf(tablePrefix, lane),
    connection,
    handler: async (message, context) => {
      await runDelivery(backgroundDeps(await application()), lane, triggerBody(message), String(context.triggerMetadata?.id ?? context.invocationId));
    },
  });
  // What the host gave up on (every delivery died) is parked where admins read the others.
  app.storageQueue(`poison-${lane}`, {
    queueName: poisonQueueNameOf(tablePrefix, lane),
    connection,
    handler: async (message, context) => {
      const deps = backgroundDeps(await application());
      await deps.background.deadLetters.park({
        id: String(context.triggerMetadata?.id ?? context.invocationId), parkedAt: deps.clock.now(), attempts: Number(context.triggerMetadata?.dequeueCount ?? 0),
        lane, message: triggerBody(message), error: 'Every delivery stopped before it finished (the host moved it to the poison queue).',
      });
    },
  });
}

// Every 15 s: work whose message was lost (written, never queued) is queued again, from its pending marker.
app.timer('pending-sweep', {
  schedule: '*/15 * * * * *',
  handler: async () => {
    await sweepPending(backgroundDeps(await application()));
  },
});

// Hourly: Graph subscriptions of suggested logs near expiry are renewed (or created again and caught up by delta).
app.timer('capture-renewal', {
  schedule: '0 0 * * * *',
  handler: async () => {
    await renewCapture(await application().then((a) => a.deps));
  },
});

// CNIL retention, daily: erases or archives the tiers whose retention period has run out.
app.timer('retention', retentionTimer(application, process.env));

// Everything else is a page or an asset of the pane and the tabs (literal api/ routes take precedence).
app.http('pages', { methods: ['GET'], route: '{*path}', authLevel: 'anonymous', handler: servePage(join(__dirname, '..', 'web')) });
