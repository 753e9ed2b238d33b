import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import { readFileSync } from 'node:fs';
import { resolveStaticFile } from '../pages/static-pages';
import { problem } from './problem';

/** Serves the built pages (add-in pane, Teams tabs) from the Functions app, as the local host does. */
export const servePage = (root: string) => async (request: HttpRequest): Promise<HttpResponseInit> => {
  const file = resolveStaticFile(root, new URL(request.url).pathname);
  if (!file) return problem(404, 'ROUTE.NOT_FOUND', 'No such page.');
  return { status: 200, headers: { 'content-type': file.contentType, 'cache-control': file.cacheControl }, body: readFileSync(file.path) };
};
