import { createReadStream } from 'node:fs';
import { staticResponse } from '../pages/static-pages';
import type { PageHandler } from './serve-http';

/** Serves the built pages (dist/web) the way the Functions app serves them in Azure; plain HTTP here, so no HSTS. */
export const staticPageHandler =
  (root: string): PageHandler =>
  async (request, response) => {
    const found = staticResponse(
      root,
      {
        method: request.method ?? 'GET',
        path: new URL(request.url ?? '/', 'http://localhost').pathname,
        acceptEncoding: request.headers['accept-encoding'],
      },
      { hsts: false },
    );
    if (!found) return false;
    response.writeHead(200, found.headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(response);
    return true;
  };
