import { HttpRequest, HttpResponse, type HttpRequestInit, type HttpResponseInit } from '@azure/functions';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { App } from '../composition-root';
import { dispatch } from '../http/dispatch';
import { logFailure } from '../http/failure-log';
import { matchRoute } from '../http/match-route';
import { problem } from '../http/problem';
import { MAX_BODY_BYTES } from '../http/request-body';
import type { Route } from '../http/route';

/** A handler for what is not the API (the add-in and tab pages): return false to fall through to 404. */
export type PageHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** The request with its body as a stream, read only if and when the handler reads it (after the token check). */
const streamingInit = (method: string, headers: Record<string, string>, request: IncomingMessage): RequestInit & { duplex: 'half' } => ({
  method,
  headers,
  body: Readable.toWeb(request) as ReadableStream<Uint8Array>,
  duplex: 'half',
});

const hasBody = (request: IncomingMessage) => Number(request.headers['content-length'] ?? '0') > 0 || request.headers['transfer-encoding'] !== undefined;

const send = async (response: ServerResponse, init: HttpResponseInit, close = false): Promise<void> => {
  const normalized = new HttpResponse(init);
  const headers: Record<string, string> = {};
  normalized.headers.forEach((value, key) => (headers[key] = value));
  if (close) headers.connection = 'close';
  response.writeHead(normalized.status, headers);
  if (normalized.body) for await (const chunk of normalized.body) response.write(chunk);
  response.end();
};

/** Serves the same route table over node:http, as the Functions host would, plus the static pages. */
export const serveHttp = (app: App, routes: readonly Route[], pages: PageHandler[] = []): Server =>
  createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith('/api/')) {
        for (const page of pages) if (await page(req, res)) return;
        return send(res, problem('ROUTE.NOT_FOUND', `Nothing at ${url.pathname}.`));
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const match = matchRoute(routes, method, url.pathname.slice('/api/'.length));
      if (!match) return send(res, problem('ROUTE.NOT_FOUND', `No endpoint at ${url.pathname}.`));
      if (!('route' in match))
        return send(res, problem('ROUTE.METHOD_NOT_ALLOWED', `Use ${match.allowed.join(' or ')}.`, [], {}, { allow: match.allowed.join(', ') }));
      const limit = match.route.maxBodyBytes ?? MAX_BODY_BYTES;
      // Refused before a byte of it is read; a body without a length is capped as it streams (readJson).
      if (Number(req.headers['content-length'] ?? '0') > limit) return send(res, problem('REQUEST.TOO_LARGE', `The body exceeds ${limit} bytes.`), true);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      // As Azure's front end does, the peer's address is appended to X-Forwarded-For.
      headers['x-forwarded-for'] = [headers['x-forwarded-for'], req.socket.remoteAddress ?? 'unknown'].filter(Boolean).join(', ');
      const streamed = !['GET', 'HEAD'].includes(method) && hasBody(req);
      const init: HttpRequestInit & { nativeRequest: Request } = {
        method,
        url: url.toString(),
        headers,
        query: Object.fromEntries(url.searchParams.entries()),
        params: match.params,
        // What the Functions host builds in stream mode (app.setup({ enableHttpStream: true })).
        nativeRequest: new Request(url, streamed ? streamingInit(method, headers, req) : { method, headers }),
      };
      const request = new HttpRequest(init);
      const response = await dispatch(app, match.route, request);
      // A body the handler did not read to the end (refused token, early error) is not read now either: the connection closes.
      await send(res, response, streamed && (!request.bodyUsed || (response.status ?? 200) >= 400));
    } catch (error) {
      logFailure('local host failure', error);
      if (!res.headersSent) await send(res, problem('INTERNAL', 'Something went wrong on our side.'));
      else res.end();
    }
  });
