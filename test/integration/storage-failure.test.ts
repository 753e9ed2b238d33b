import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { azuriteConnectionString, startAzurite, type RunningAzurite } from '../../scripts/azurite';
import { freePort } from '../../scripts/free-port';
import { startApi, type TestApi } from '../support/api-harness';

/** What a client that waits no longer than the contract's 2 s gets: the answer, or the abort. */
const within2s = (api: TestApi, path: string, token?: string) =>
  fetch(`${api.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(2000) });

const expectUnavailable = async (response: Response) => {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  const body = (await response.json()) as { code: string; status: number };
  expect(body).toMatchObject({ status: 503, code: 'STORAGE.UNAVAILABLE' });
  return body;
};

describe('storage stopped, then started again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'relais-azurite-'));
  let port: number;
  let azurite: RunningAzurite;
  let api: TestApi;
  let token: string;
  let tierId: string;

  beforeAll(async () => {
    port = await freePort();
    // Its own Azurite, on disk so the data is still there after the restart.
    azurite = await startAzurite({ port, location: dataDir });
    api = await startApi({ RELAIS_STORAGE_CONNECTION_STRING: azurite.connectionString });
    token = await api.tokenFor({ userId: 'u-outage', name: 'Odile', roles: ['rep'] });
    const created = await api.call('POST', '/api/tiers', {
      token,
      body: { kind: 'organisation', names: [{ type: 'legal', value: 'Panne Sèche SARL' }] },
    });
    expect(created.status).toBe(201);
    tierId = created.body.id;
  });
  afterAll(async () => {
    await api.stop();
    await azurite.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is ready while the tables answer', async () => {
    const health = await within2s(api, '/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', storage: 'azurite', checks: { tables: 'ok', queues: 'ok' } });
  });

  it('answers 503 with Retry-After on a data route and on health while storage is down, then recovers', async () => {
    await azurite.stop();

    await expectUnavailable(await within2s(api, `/api/tiers/${tierId}`, token));
    const health = await expectUnavailable(await within2s(api, '/api/health'));
    expect(health).toMatchObject({ storage: 'azurite', checks: { tables: 'unavailable' } });
    expect((await within2s(api, '/api/health')).headers.get('cache-control')).toBe('no-store');

    azurite = await startAzurite({ port, queuePort: azurite.ports.queue, location: dataDir });
    expect((await within2s(api, '/api/health')).status).toBe(200);
    const read = await within2s(api, `/api/tiers/${tierId}`, token);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { id: string }).id).toBe(tierId);
  });
});

describe('storage that accepts connections and never answers', () => {
  let blackHole: Server;
  const sockets = new Set<Socket>();
  let api: TestApi;

  beforeAll(async () => {
    blackHole = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const { port } = blackHole.address() as { port: number };
    // The deadline Relais uses against Azure (Azurite's default is a minute: it queues bursts on a busy machine).
    // The API alone: what is measured is the answer a caller gets, not the local worker's polling of a dead queue.
    api = await startApi({ RELAIS_STORAGE_CONNECTION_STRING: azuriteConnectionString({ table: port, queue: port }), RELAIS_STORAGE_TIMEOUT_MS: '1500', RELAIS_ROLE: 'api' });
  });
  afterAll(async () => {
    await api.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => blackHole.close(() => resolve()));
  });

  it('gives up at the deadline and answers 503, on a data route and on health', async () => {
    const token = await api.tokenFor({ userId: 'u-hang', name: 'Hector', roles: ['rep'] });
    await expectUnavailable(await within2s(api, '/api/tiers/some-tier', token));
    await expectUnavailable(await within2s(api, '/api/health'));
    // The requests really reached the storage and were left hanging there.
    expect(sockets.size).toBeGreaterThan(0);
  });
});

describe('queues checked beside the tables', () => {
  let api: TestApi;
  let deadQueues: TestApi;

  beforeAll(async () => {
    // The run's Azurite serves both stores; the second API keeps its tables and names a queue endpoint where nothing listens.
    const storage = process.env.RELAIS_TEST_STORAGE!;
    api = await startApi({ RELAIS_STORAGE_CONNECTION_STRING: storage });
    const deadEndpoint = `QueueEndpoint=http://127.0.0.1:${await freePort()}/devstoreaccount1;`;
    deadQueues = await startApi({ RELAIS_STORAGE_CONNECTION_STRING: storage.replace(/QueueEndpoint=[^;]*;/, deadEndpoint), RELAIS_ROLE: 'api' });
  });
  afterAll(async () => {
    await api?.stop();
    await deadQueues?.stop();
  });

  it('reports each store, and is not ready while the queues cannot be reached even if the tables can', async () => {
    const ready = await within2s(api, '/api/health');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', storage: 'azurite', checks: { tables: 'ok', queues: 'ok' } });
    const notReady = await expectUnavailable(await within2s(deadQueues, '/api/health'));
    expect(notReady).toMatchObject({ checks: { tables: 'ok', queues: 'unavailable' } });
  });
});
