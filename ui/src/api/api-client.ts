import createClient, { type Client } from 'openapi-fetch';
import { ApiProblem, problemCode, signInProblem } from './api-problem';
import type { paths } from './relais-api.generated';

/** Where a token comes from: MSAL nested app authentication in Outlook/Teams, the dev issuer locally. */
export type TokenProvider = (options?: { forceRefresh?: boolean }) => Promise<string>;

/** The Relais API, typed from its OpenAPI document: every path, parameter, body and answer is checked by the compiler. */
export type ApiClient = Client<paths>;

const TIMEOUT_MS = 15_000;

const parsed = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {};
  } catch {
    return {};
  }
};

const fieldErrors = (value: unknown): { path: string; message: string }[] =>
  Array.isArray(value) ? value.flatMap((e: unknown) => (typeof e === 'object' && e !== null && 'path' in e && 'message' in e ? [{ path: String(e.path), message: String(e.message) }] : [])) : [];

/** A problem+json answer (or any failed answer) as the UI handles it. */
const toProblem = async (response: Response): Promise<ApiProblem> => {
  const text = await response.text();
  const problem = parsed(text);
  const code = problemCode(problem.code, response.status);
  const detail = typeof problem.detail === 'string' ? problem.detail : Object.keys(problem).length === 0 ? text || response.statusText : response.statusText;
  return new ApiProblem(response.status, code, detail, fieldErrors(problem.errors), problem);
};

/**
 * The one way the pane and the tabs talk to the API: the token on every call and a silent renewal
 * on 401, the user's language, problem+json turned into ApiProblem (thrown), and a timeout so a
 * slow API never hangs the UI. Without `getToken` it calls the public endpoints only.
 */
export const createApiClient = (options: { baseUrl: string; getToken?: TokenProvider; language?: string }): ApiClient => {
  const send = async (request: Request, forceRefresh: boolean): Promise<Response> => {
    const headers = new Headers(request.headers);
    if (options.getToken) headers.set('authorization', `Bearer ${await options.getToken({ forceRefresh }).catch((error: unknown) => Promise.reject(signInProblem(error)))}`);
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    try {
      // The body is sent as bytes, not as the request's stream: browsers' network tools (and Playwright) then show it.
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      return await fetch(request.url, { method: request.method, headers, body, signal: AbortSignal.any([request.signal, timeout]) });
    } catch (error) {
      const timedOut = timeout.aborted;
      throw new ApiProblem(timedOut ? 408 : 0, timedOut ? 'NETWORK.TIMEOUT' : 'NETWORK.UNREACHABLE', error instanceof Error ? error.message : 'Network error');
    }
  };
  const authorisedFetch = async (request: Request): Promise<Response> => {
    const retry = options.getToken ? request.clone() : undefined;
    let response = await send(request, false);
    if (response.status === 401 && retry) response = await send(retry, true);
    if (!response.ok) throw await toProblem(response);
    return response;
  };
  return createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: authorisedFetch,
    headers: options.language ? { 'accept-language': options.language } : {},
  });
};

/** What openapi-fetch answers; the client throws on every problem, so `error` is only ever a safeguard. */
type Result<D> = { data: D | undefined; error?: never; response: Response } | { data?: never; error: NonNullable<unknown>; response: Response };

/** The answer with its status and ETag (to send back in If-Match). */
export const answer = async <D>(call: Promise<Result<D>>): Promise<{ body: NonNullable<D>; status: number; etag: string | null; headers: Headers }> => {
  const result = await call;
  const { headers, status, statusText } = result.response;
  if (result.error !== undefined) throw new ApiProblem(status, `HTTP.${status}`, statusText);
  if (result.data === undefined || result.data === null) throw new ApiProblem(status, 'HTTP.EMPTY_ANSWER', 'The API answered without a body.');
  return { body: result.data, status, etag: headers.get('etag'), headers };
};

/** The answer's body. */
export const body = async <D>(call: Promise<Result<D>>): Promise<NonNullable<D>> => (await answer(call)).body;

/** A file the API streams (a CSV export, asked with `parseAs: 'blob'`), with the name the server gives it. */
export const download = async (call: Promise<Result<Blob>>): Promise<{ blob: Blob; filename: string | null }> => {
  const { body: blob, headers } = await answer(call);
  return { blob, filename: /filename="([^"]+)"/.exec(headers.get('content-disposition') ?? '')?.[1] ?? null };
};
