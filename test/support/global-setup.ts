import { startAzurite } from '../../scripts/azurite';
import { freePort } from '../../scripts/free-port';
import { buildWeb } from '../../scripts/web/build-web';

/** One in-memory Azurite for the whole run; each test file isolates itself with its own table prefix. */
export default async function globalSetup(): Promise<void> {
  const [azurite] = await Promise.all([startAzurite({ port: await freePort() }), buildWeb({ quiet: true, compression: 'fastest' })]);
  process.env.RELAIS_TEST_STORAGE = azurite.connectionString;
  (globalThis as { relaisAzurite?: typeof azurite }).relaisAzurite = azurite;
}
