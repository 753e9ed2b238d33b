import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { readFileSync } from 'node:fs';
import { staticResponse } from '../pages/static-pages';
import { problem } from './problem';

/** Serves the built pages (add-in pane, Teams tabs) from the Functions app, as the local host does; Azure is reached over HTTPS only. */
export const servePage = (root: string) => async (request: HttpRequest): Promise<HttpResponseInit> => {
  const found = staticResponse(
    root,
    { method: request.method, path: new URL(request.url).pathname, acceptEncoding: request.headers.get('accept-encoding') ?? undefined },
    { hsts: true },
  );
  if (!found) return problem('ROUTE.NOT_FOUND', 'No such page.');
  return { status: 200, headers: found.headers, body: request.method === 'HEAD' ? undefined : readFileSync(found.file) };
};
