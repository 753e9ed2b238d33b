import { HttpRequest, HttpResponse, type HttpResponseInit } from '@azure/functions';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { App } from '../composition-root';
import { dispatch } from '../http/dispatch';
import { matchRoute } from '../http/match-route';
import { problem } from '../http/problem';
import { MAX_BODY_BYTES } from '../http/request-body';
import type { Route } from '../http/route';

/** A handler for what is not the API (the add-in and tab pages): return false to fall through to 404. */
export type PageHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const readBody = (request: IncomingMessage, limit: number): Promise<Uint8Array | 'too-large'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit + 1) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit + 1 ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });

const send = async (response: ServerResponse, init: HttpResponseInit): Promise<void> => {
  const normalized = new HttpResponse(init);
  const headers: Record<string, string> = {};
  normalized.headers.forEach((value, key) => (headers[key] = value));
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
        return send(res, problem(404, 'ROUTE.NOT_FOUND', `Nothing at ${url.pathname}.`));
      }
      const method = (req.method ?? 'GET').toUpperCase();
      const match = matchRoute(routes, method, url.pathname.slice('/api/'.length));
      if (!match) return send(res, problem(404, 'ROUTE.NOT_FOUND', `No endpoint at ${url.pathname}.`));
      if (!('route' in match))
        return send(res, problem(405, 'ROUTE.METHOD_NOT_ALLOWED', `Use ${match.allowed.join(' or ')}.`, [], {}, { allow: match.allowed.join(', ') }));
      const limit = match.route.maxBodyBytes ?? MAX_BODY_BYTES;
      const body = ['GET', 'HEAD'].includes(method) ? undefined : await readBody(req, limit);
      if (body === 'too-large') return send(res, problem(413, 'REQUEST.TOO_LARGE', `The body exceeds ${limit} bytes.`));
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const request = new HttpRequest({
        method,
        url: url.toString(),
        headers,
        query: Object.fromEntries(url.searchParams.entries()),
        params: match.params,
        ...(body && body.byteLength > 0 ? { body: { bytes: body } } : {}),
      });
      await send(res, await dispatch(app, match.route, request));
    } catch (error) {
      console.error('[relais] local host failure:', error);
      if (!res.headersSent) await send(res, problem(500, 'INTERNAL', 'Something went wrong on our side.'));
      else res.end();
    }
  });
