import { ApiProblem } from './api-problem';

/** Where a token comes from: MSAL nested app authentication in Outlook/Teams, the dev issuer locally. */
export type TokenProvider = (options?: { forceRefresh?: boolean }) => Promise<string>;

export type RequestOptions = {
  body?: unknown;
  ifMatch?: string;
  idempotencyKey?: string;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
};

export type ApiResult<T> = { status: number; body: T; etag: string | null };

export type ApiClient = {
  request: <T>(method: string, path: string, options?: RequestOptions) => Promise<ApiResult<T>>;
  get: <T>(path: string, query?: RequestOptions['query']) => Promise<T>;
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => Promise<T>;
  /** A file the API streams (a CSV export), with the name the server gives it. */
  download: (path: string, query?: RequestOptions['query']) => Promise<{ blob: Blob; filename: string | null }>;
};

const TIMEOUT_MS = 15_000;

const toProblem = async (response: Response): Promise<ApiProblem> => {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { code?: string; detail?: string; errors?: { path: string; message: string }[] };
    return new ApiProblem(response.status, body.code ?? `HTTP.${response.status}`, body.detail ?? response.statusText, body.errors ?? [], body);
  } catch {
    return new ApiProblem(response.status, `HTTP.${response.status}`, text || response.statusText);
  }
};

/**
 * The one way the pane and the tabs talk to the API: JSON in and out, problem+json turned into
 * ApiProblem, a silent token renewal on 401, and a timeout so a slow API never hangs the UI.
 */
export const createApiClient = (options: { baseUrl: string; getToken: TokenProvider; language?: string }): ApiClient => {
  const send = async (method: string, path: string, opts: RequestOptions, forceRefresh: boolean): Promise<Response> => {
    const url = new URL(path, options.baseUrl);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { authorization: `Bearer ${await options.getToken({ forceRefresh })}` };
    if (options.language) headers['accept-language'] = options.language;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.ifMatch) headers['if-match'] = opts.ifMatch;
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    try {
      return await fetch(url, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), signal });
    } catch (error) {
      const timedOut = timeout.aborted;
      throw new ApiProblem(timedOut ? 408 : 0, timedOut ? 'NETWORK.TIMEOUT' : 'NETWORK.UNREACHABLE', error instanceof Error ? error.message : 'Network error');
    }
  };

  const request = async <T>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResult<T>> => {
    let response = await send(method, path, opts, false);
    if (response.status === 401) response = await send(method, path, opts, true);
    if (!response.ok) throw await toProblem(response);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('etag') };
  };

  return {
    request,
    get: async (path, query) => (await request<never>('GET', path, { query })).body,
    post: async (path, body, opts) => (await request<never>('POST', path, { ...opts, body })).body,
    download: async (path, query) => {
      let response = await send('GET', path, { query }, false);
      if (response.status === 401) response = await send('GET', path, { query }, true);
      if (!response.ok) throw await toProblem(response);
      const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null;
      return { blob: await response.blob(), filename };
    },
  };
};
