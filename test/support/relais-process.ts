import type { AddressInfo } from 'node:net';
import { startRoleWorker } from '../../functions/src/background/background-app';
import { createAppFromEnv } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { serveHttp } from '../../functions/src/local-host/serve-http';

/**
 * One Relais process for the fault tests: the API on a free loopback port and/or the worker, as
 * RELAIS_ROLE says, over RELAIS_STORAGE_CONNECTION_STRING and RELAIS_TABLE_PREFIX. Prints
 * `READY <port>` once serving, so a test can start it, talk to it, and kill it with SIGKILL.
 */
const main = async () => {
  const app = await createAppFromEnv(readEnv());
  let port = 0;
  if (app.env.RELAIS_ROLE !== 'worker') {
    const server = serveHttp(app, routeTable);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }
  startRoleWorker(app);
  console.log(`READY ${port}`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
