import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export type StaticFile = { path: string; contentType: string; size: number; cacheControl: string };

/**
 * Resolves a URL path to a built page or asset under `root`: `/tab/card` → `tab/card.html`,
 * `/assets/x.js` → `assets/x.js`. Never escapes `root`.
 */
export const resolveStaticFile = (root: string, urlPath: string): StaticFile | undefined => {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, clean), join(root, `${clean.replace(/\/$/, '')}.html`)];
  const path = candidates.find((p) => p.startsWith(root) && existsSync(p) && statSync(p).isFile());
  if (!path) return undefined;
  const ext = extname(path);
  return {
    path,
    contentType: types[ext] ?? 'application/octet-stream',
    size: statSync(path).size,
    cacheControl: ext === '.html' ? 'no-cache' : 'public, max-age=300',
  };
};

export const openStaticFile = (file: StaticFile) => createReadStream(file.path);
