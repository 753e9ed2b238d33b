import { openStaticFile, resolveStaticFile } from '../pages/static-pages';
import type { PageHandler } from './serve-http';

/** Serves the built pages (dist/web) the way the Functions app serves them in Azure. */
export const staticPageHandler =
  (root: string): PageHandler =>
  async (request, response) => {
    if (!['GET', 'HEAD'].includes(request.method ?? 'GET')) return false;
    const file = resolveStaticFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return false;
    response.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.size), 'cache-control': file.cacheControl });
    if (request.method === 'HEAD') response.end();
    else openStaticFile(file).pipe(response);
    return true;
  };
