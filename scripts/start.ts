import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

const DATA_DIR = join(__dirname, '..', '.relais');

const portIsFree = async (port: number) => {
  const { createServer } = await import('node:net');
  return new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
};

/**
 * `npm start`: Azurite with its data under .relais/azurite (unless RELAIS_STORAGE_CONNECTION_STRING
 * points elsewhere), the API and the pages on one port, the demo data loaded once.
 */
const main = async () => {
  mkdirSync(DATA_DIR, { recursive: true });
  let azurite: RunningAzurite | undefined;
  let connectionString = process.env.RELAIS_STORAGE_CONNECTION_STRING;
  if (!connectionString) {
    const port = (await portIsFree(10002)) ? 10002 : await freePort();
    azurite = await startAzurite({ port, location: join(DATA_DIR, 'azurite') });
    connectionString = azurite.connectionString;
  }
  const env = readEnv({
    RELAIS_DEV_KEY_FILE: join(DATA_DIR, 'dev-issuer-key.json'),
    ...DEMO_SETTINGS,
    ...process.env,
    RELAIS_STORAGE_CONNECTION_STRING: connectionString,
  });
  const [app, pages] = await Promise.all([createAppFromEnv(env), buildWeb({ quiet: true })]);
  if (env.RELAIS_AUTH_MODE === 'dev' && process.env.RELAIS_SEED_DEMO !== 'false') await seedDemo(app.deps, (line) => console.log(`  ${line}`));
  const port = Number(process.env.PORT ?? 7071);
  const server = serveHttp(app, routeTable, [staticPageHandler(WEB_DIR)]);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  // The queue handlers, as the Functions host would run them (RELAIS_ROLE=api leaves them to another process).
  const worker = startRoleWorker(app);
  const base = `http://localhost:${port}`;
  console.log(`\nRelais is running (storage: ${app.services.storageKind}${azurite ? `, Azurite on ${azurite.port}, data in .relais/azurite` : ''})`);
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
    ['dev token', `POST ${base}/api/dev/token  {"userId":"claire.martin","name":"Claire Martin","roles":["rep"],"teams":["nord"]}`],
  ];
  const width = Math.max(...lines.map(([label]) => label.length));
  for (const [label, url] of lines) console.log(`  ${label.padEnd(width)}  ${url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    server.close();
    await worker?.stop();
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
