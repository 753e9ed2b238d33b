import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fake saw: enough to assert on the protocol the production code spoke. */
export type RecordedRequest = { method: string; path: string; headers: Record<string, string>; body: unknown };
export type JsonReply = { status: number; body?: unknown; headers?: Record<string, string> };
export type JsonHandler = (request: RecordedRequest) => JsonReply | Promise<JsonReply>;

const readBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  if (/json/.test(request.headers['content-type'] ?? '')) return JSON.parse(text);
  if (/x-www-form-urlencoded/.test(request.headers['content-type'] ?? '')) return Object.fromEntries(new URLSearchParams(text));
  return text;
};

const send = (response: ServerResponse, reply: JsonReply) => {
  response.writeHead(reply.status, { ...(reply.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...reply.headers });
  response.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
};

/** A loopback HTTP server speaking JSON, recording every request, for the fakes of outside services. */
export const startJsonServer = async (handler: JsonHandler) => {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    try {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
        body: await readBody(req),
      };
      requests.push(recorded);
      send(res, await handler(recorded));
    } catch (error) {
      send(res, { status: 500, body: { error: String(error) } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
