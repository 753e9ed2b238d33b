import type { AddressInfo } from 'node:net';
import { createTier, putCaptureSettings, type Caller } from '@relais/domain';
import { startRoleWorker } from '../../functions/src/background/background-app';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { serveHttp } from '../../functions/src/local-host/serve-http';
import { fakeMessage, startFakeGraphMail } from '../dev-graph/fake-graph-mail';
import { percentiles } from './percentiles';

export type SuggestionsBenchOptions = { samples: number; connectionString: string; messagesPerDay: number };

const rep: Caller = { userId: 'bench-capture', name: 'Bench Capture', email: 'bench@relais-bench.fr', roles: ['rep'], teams: ['bench'] };

/**
 * Suggested logs with the local Graph: the time from Graph's notification to the suggestion being
 * listed (p95), beside one listing round trip (the floor, same run); and what one message costs in
 * Graph calls and storage operations, counted at the Graph fake and at the stores, scaled to a day of
 * `messagesPerDay` messages for 1,000 reps.
 */
export const benchSuggestions = async (options: SuggestionsBenchOptions) => {
  const graph = await startFakeGraphMail();
  const app = await createAppFromEnv(
    readEnv({
      RELAIS_STORAGE_CONNECTION_STRING: options.connectionString, RELAIS_TABLE_PREFIX: 'benchs', RELAIS_RATE_LIMIT_PER_MINUTE: '0',
      RELAIS_WORKER_IDLE_POLL_MS: '20', RELAIS_GRAPH_BASE_URL: graph.graphBaseUrl, RELAIS_INTERNAL_DOMAINS: 'relais-bench.fr',
    }),
  );
  // Every store call is one storage operation or more (a partition query may page): counted as one, a floor on the cost.
  let storageCalls = 0;
  const count = <T extends object>(store: T): T =>
    new Proxy(store, { get: (target, key) => { const value = Reflect.get(target, key) as unknown; return typeof value === 'function' ? (...args: unknown[]) => ((storageCalls += 1), (value as (...a: unknown[]) => unknown).apply(target, args)) : value; } });
  const deps = app.deps;
  deps.index = count(deps.index);
  deps.interactions = count(deps.interactions);
  deps.tiers = count(deps.tiers);
  deps.capture!.store = count(deps.capture!.store);
  deps.capture!.suggestions = count(deps.capture!.suggestions);
  const worker = startRoleWorker(app)!;
  const server = serveHttp(app, routeTable);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app.setCaptureNotificationUrl(`${base}/api/capture/notifications`);
  const token = await app.services.issueDevToken!({ userId: rep.userId, name: rep.name, roles: rep.roles, teams: rep.teams, email: rep.email! });
  const list = async () => (await (await fetch(`${base}/api/suggestions?limit=200`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { subject: string }[] };
  try {
    await createTier(deps, rep, { kind: 'organisation', names: [{ type: 'legal', value: 'Forges Bench SAS' }], emailDomains: ['forges-bench.fr'] });
    await putCaptureSettings(deps, rep, { enabled: true, neverSuggest: [] });
    await worker.drain(60_000);
    const latencies: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      const subject = `Commande ${i}`;
      const start = performance.now();
      await graph.addMessage(rep.userId, 'inbox', fakeMessage({ from: ['Client', `client${i}@forges-bench.fr`], to: [['Bench', rep.email!]], subject, at: new Date().toISOString() }));
      for (;;) {
        const listed = await list();
        if (listed.items.some((s) => s.subject === subject)) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - start);
      const f = performance.now();
      await list();
      floor.push(performance.now() - f);
    }
    await worker.drain(60_000);
    // The cost, without the bench's polling of the list: as many messages again, notified, then the queue drained.
    const graphBefore = graph.requests.length;
    const storageBefore = storageCalls;
    for (let i = 0; i < options.samples; i += 1)
      await graph.addMessage(rep.userId, 'inbox', fakeMessage({ from: ['Client', `cost${i}@forges-bench.fr`], to: [['Bench', rep.email!]], subject: `Coût ${i}`, at: new Date().toISOString() }));
    await worker.drain(120_000);
    const perMessage = { graphCalls: (graph.requests.length - graphBefore) / options.samples, storageOperations: (storageCalls - storageBefore) / options.samples };
    const renewalsPerDay = 3 * (24 / app.env.RELAIS_CAPTURE_SUBSCRIPTION_HOURS) * 2;
    return {
      notificationToListed: percentiles(latencies),
      floorOneListing: percentiles(floor),
      perMessage,
      perRepPerDay: {
        messages: options.messagesPerDay,
        graphCalls: Math.round(perMessage.graphCalls * options.messagesPerDay + renewalsPerDay),
        storageOperationsAtLeast: Math.round(perMessage.storageOperations * options.messagesPerDay),
        queueMessages: options.messagesPerDay,
      },
      for1000Reps: {
        graphCallsPerDay: Math.round((perMessage.graphCalls * options.messagesPerDay + renewalsPerDay) * 1000),
        storageOperationsPerDayAtLeast: Math.round(perMessage.storageOperations * options.messagesPerDay * 1000),
        queueMessagesPerDay: options.messagesPerDay * 1000,
      },
    };
  } finally {
    await worker.stop();
    server.close();
    await graph.stop();
  }
};
