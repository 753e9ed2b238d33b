import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRoleWorker } from '../../functions/src/background/background-app';
import { createAppFromEnv, type App } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { staticPageHandler } from '../../functions/src/local-host/page-handler';
import { serveHttp } from '../../functions/src/local-host/serve-http';
import { WEB_DIR } from '../../scripts/web/build-web';

export type TestUser = { userId: string; name: string; roles: ('rep' | 'manager' | 'steward' | 'admin')[]; teams?: string[]; email?: string };
export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

let counter = 0;

/** Background settings for tests: short idle polls, and retries a second apart. Each can be overridden. */
const TEST_BACKGROUND = { RELAIS_WORKER_IDLE_POLL_MS: '50', RELAIS_QUEUE_BACKOFF_MS: '1000' };

/**
 * A real Relais API over the run's Azurite, on its own tables and queues (a fresh prefix), served by
 * the local host on a free port: tests speak HTTP to it exactly as clients do. Its worker runs in
 * the same process (RELAIS_ROLE=all) unless `RELAIS_ROLE` says otherwise; `drain()` waits until
 * what the requests queued is done.
 */
export const startApi = async (env: Record<string, string> = {}) => {
  const connection = process.env.RELAIS_TEST_STORAGE;
  if (!connection) throw new Error('RELAIS_TEST_STORAGE is not set: run the tests through jest (its global setup starts Azurite).');
  const prefix = env.RELAIS_TABLE_PREFIX ?? `t${process.pid}x${Date.now().toString(36)}x${(counter += 1)}`;
  // Instances on one storage (the same prefix) share one dev issuer key, so a token from one is good at the others.
  const keyFile = join(tmpdir(), 'relais-test-keys', `${prefix}.json`);
  const app: App = await createAppFromEnv(
    readEnv({ RELAIS_STORAGE_CONNECTION_STRING: connection, RELAIS_DEV_KEY_FILE: keyFile, ...TEST_BACKGROUND, ...env, RELAIS_TABLE_PREFIX: prefix }),
  );
  // The built pages (global setup builds them once per run) are served too, as by `npm start`.
  const server = serveHttp(app, routeTable, [staticPageHandler(WEB_DIR)]);
  const worker = startRoleWorker(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = async <T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any
    method: string,
    path: string,
    options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${base}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  };

  const tokenFor = async (user: TestUser): Promise<string> => {
    const response = await call<{ token: string }>('POST', '/api/dev/token', { body: { teams: ['north'], ...user } });
    if (response.status !== 200) throw new Error(`dev token refused: ${response.text}`);
    return response.body.token;
  };

  const drain = async (timeoutMs?: number): Promise<void> => {
    if (!worker) throw new Error('This API runs without a worker (RELAIS_ROLE=api): drain the worker that serves its queues.');
    await worker.drain(timeoutMs);
  };

  /** Follows a 202: waits for the queues, then reads the job its Location names. */
  const job = async <T = any>(response: ApiResponse, token: string): Promise<ApiResponse<{ id: string; kind: string; status: string; progress: { done: number; total: number }; result?: T; error?: { code: string; message: string } }>> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    if (response.status !== 202) throw new Error(`Expected 202 Accepted, got ${response.status}: ${response.text}`);
    await drain(180_000);
    return call('GET', response.headers.get('location')!, { token });
  };

  return {
    app,
    base,
    call,
    tokenFor,
    worker,
    drain,
    job,
    stop: async () => {
      await worker?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

export type TestApi = Awaited<ReturnType<typeof startApi>>;
