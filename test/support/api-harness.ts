import type { AddressInfo } from 'node:net';
import { createAppFromEnv, type App } from '../../functions/src/composition-root';
import { readEnv } from '../../functions/src/config';
import { routeTable } from '../../functions/src/http/route-table';
import { staticPageHandler } from '../../functions/src/local-host/page-handler';
import { serveHttp } from '../../functions/src/local-host/serve-http';
import { WEB_DIR } from '../../scripts/web/build-web';

export type TestUser = { userId: string; name: string; roles: ('rep' | 'manager' | 'steward' | 'admin')[]; teams?: string[]; email?: string };
export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

let counter = 0;

/**
 * A real Relais API over the run's Azurite, on its own tables (a fresh prefix), served by the local
 * host on a free port: tests speak HTTP to it exactly as clients do.
 */
export const startApi = async (env: Record<string, string> = {}) => {
  const connection = process.env.RELAIS_TEST_STORAGE;
  if (!connection) throw new Error('RELAIS_TEST_STORAGE is not set: run the tests through jest (its global setup starts Azurite).');
  const prefix = `t${process.pid}x${Date.now().toString(36)}x${(counter += 1)}`;
  const app: App = await createAppFromEnv(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: connection, RELAIS_TABLE_PREFIX: prefix, ...env }));
  // The built pages (global setup builds them once per run) are served too, as by `npm start`.
  const server = serveHttp(app, routeTable, [staticPageHandler(WEB_DIR)]);
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

  return {
    app,
    base,
    call,
    tokenFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type TestApi = Awaited<ReturnType<typeof startApi>>;
