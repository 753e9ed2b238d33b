import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startRoleWorker } from '../functions/src/background/background-app';
import { createAppFromEnv } from '../functions/src/composition-root';
import { readEnv } from '../functions/src/config';
import { routeTable } from '../functions/src/http/route-table';
import { staticPageHandler } from '../functions/src/local-host/page-handler';
import { serveHttp } from '../functions/src/local-host/serve-http';
import { startAzurite, type RunningAzurite } from './azurite';
import { demoCardTierId, seedDemo } from './demo/seed-demo';
import { freePort } from './free-port';
import { buildWeb, WEB_DIR } from './web/build-web';
import { webPages } from './web/web-pages';
import { DEMO_SETTINGS } from './demo/demo-settings';
import { seedDemoCapture, startDevGraph } from './dev-graph/start-dev-graph';

/** Azurite's data and the dev issuer's key; RELAIS_DATA_DIR moves them (a second checkout, a test). */
const DATA_DIR = resolve(process.env.RELAIS_DATA_DIR ?? join(__dirname, '..', '.relais'));
const AZURITE_DIR = join(DATA_DIR, 'azurite');

const portIsFree = async (port: number) => {
  const { createServer } = await import('node:net');
  return new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
};

/**
 * Our own Azurite, on RELAIS_AZURITE_PORT (default 10002) or, when something else holds that port,
 * on a free one: never another process's Azurite, whose data belongs to someone else.
 */
const startOwnAzurite = async (): Promise<RunningAzurite> => {
  const wanted = Number(process.env.RELAIS_AZURITE_PORT ?? 10002);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) throw new Error(`RELAIS_AZURITE_PORT: ${process.env.RELAIS_AZURITE_PORT} is not a port number.`);
  if (await portIsFree(wanted)) {
    try {
      return await startAzurite({ port: wanted, location: AZURITE_DIR });
    } catch (error) {
      // Taken between the check and Azurite's start: fall through to a free port.
      if (!String(error).includes('EADDRINUSE')) throw error;
    }
  }
  const port = await freePort();
  console.log(`Port ${wanted} is taken by another program: Azurite starts on ${port} instead (set RELAIS_AZURITE_PORT to choose).`);
  return startAzurite({ port, location: AZURITE_DIR });
};

/** Where the API and pages listen: this machine only, unless HOST says otherwise (the dev token endpoint hands out any role). */
const HOST = process.env.HOST ?? '127.0.0.1';

/**
 * `npm start`: Azurite with its data under .relais/azurite (or RELAIS_DATA_DIR), unless
 * RELAIS_STORAGE_CONNECTION_STRING or RELAIS_STORAGE_ACCOUNT points elsewhere; the API and the
 * pages on one port; the demo data loaded once. A start that fails stops the Azurite it started.
 */
const main = async () => {
  mkdirSync(DATA_DIR, { recursive: true });
  const external = process.env.RELAIS_STORAGE_CONNECTION_STRING ?? process.env.RELAIS_STORAGE_ACCOUNT;
  const azurite = external ? undefined : await startOwnAzurite();
  try {
    await serve(azurite);
  } catch (error) {
    await azurite?.stop();
    throw error;
  }
};

const serve = async (azurite: RunningAzurite | undefined) => {
  // Suggested logs read a mailbox: locally, the local Graph's, unless RELAIS_GRAPH_BASE_URL names another.
  const graph = await startDevGraph(process.env);
  const env = readEnv({
    RELAIS_DEV_KEY_FILE: join(DATA_DIR, 'dev-issuer-key.json'),
    ...DEMO_SETTINGS,
    ...process.env,
    ...(azurite ? { RELAIS_STORAGE_CONNECTION_STRING: azurite.connectionString } : {}),
    ...(graph ? { RELAIS_GRAPH_BASE_URL: graph.graphBaseUrl } : {}),
  });
  const [app, pages] = await Promise.all([createAppFromEnv(env), buildWeb({ quiet: true, compression: 'fastest' })]);
  if (env.RELAIS_AUTH_MODE === 'dev' && process.env.RELAIS_SEED_DEMO !== 'false') await seedDemo(app.deps, (line) => console.log(`  ${line}`));
  const port = Number(process.env.PORT ?? 7071);
  const server = serveHttp(app, routeTable, [staticPageHandler(WEB_DIR)]);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  });
  // The queue handlers, as the Functions host would run them (RELAIS_ROLE=api leaves them to another process).
  const worker = startRoleWorker(app);
  const base = `http://${HOST === '127.0.0.1' ? 'localhost' : HOST}:${port}`;
  if (graph) {
    app.setCaptureNotificationUrl(`http://127.0.0.1:${port}/api/capture/notifications`);
    if (process.env.RELAIS_SEED_DEMO !== 'false') await seedDemoCapture(app, graph);
  }
  console.log(`\nRelais is running (storage: ${app.services.storageKind}${azurite ? `, Azurite on ${azurite.port}, data in ${relative(process.cwd(), AZURITE_DIR) || '.'}` : ''})`);
  const cardTierId = await demoCardTierId(app.deps);
  const lines: [string, string][] = [
    ['API', `${base}/api/health   (OpenAPI: ${base}/api/openapi.json)`],
    ...webPages
      .filter((p) => pages.some((b) => b.route === p.route))
      .map((page): [string, string] => [
        page.route === '/addin/taskpane' ? 'Outlook pane (in Outlook)' : page.title.replace(/^Relais — /, ''),
        page.route === '/tab/card' ? `${base}/tab/card?tierId=${cardTierId ?? '<id>'}` : `${base}${page.route}`,
      ]),
    ['worker', worker ? 'running here (queues and the pending sweep)' : 'not here (RELAIS_ROLE=api)'],
    ...(graph ? [['Graph', `${graph.graphBaseUrl}   (local; Claire Martin's mailbox seeded: her suggestions are under "To file" in My actions)`] as [string, string]] : []),
    ...(app.services.bot && !env.RELAIS_BOT_APP_ID
      ? [['Teams bot', `npx agentsplayground -e ${base}/api/bot/messages   (Agents Playground, as ${env.RELAIS_BOT_PLAYGROUND_USER_NAME})`] as [string, string]]
      : []),
    ...(app.services.issueDevToken
      ? [['dev token', `POST ${base}/api/dev/token  {"userId":"claire.martin","name":"Claire Martin","roles":["rep"],"teams":["nord"]}`] as [string, string]]
      : []),
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  for (const [label, url] of lines) console.log(`  ${label.padEnd(width)}  ${url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    server.close();
    await worker?.stop();
    await graph?.stop();
    await azurite?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
