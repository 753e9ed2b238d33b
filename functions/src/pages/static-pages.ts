import Negotiator from 'negotiator';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { isCompressible, PRECOMPRESSED } from './precompressed';
import { securityHeaders } from './security-headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The build names everything in /assets/ by its content hash, so a name never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages are revalidated on every load, so a deployment's new asset names are seen at once. */
const REVALIDATE = 'no-cache';
/** Unhashed files at fixed addresses (the ribbon icons the manifest names). */
const SHORT = 'public, max-age=3600';

/** How this host serves: HSTS only where it is reached over HTTPS (Azure), never on a developer's http://localhost. */
export type PageServing = { hsts: boolean };

export type PageRequest = { method: string; path: string; acceptEncoding?: string | undefined };

/** A file to send: which one on disk (the original or a precompressed copy), with every header. */
export type StaticResponse = { file: string; headers: Record<string, string> };

const precompressedSuffix = new RegExp(`(${PRECOMPRESSED.map((p) => p.suffix.replace('.', '\\.')).join('|')})$`);

const resolve = (root: string, urlPath: string): string | undefined => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  // The compressed copies are chosen by negotiation, never addressed by name.
  if (precompressedSuffix.test(clean)) return undefined;
  const candidates = [join(root, clean), join(root, `${clean.replace(/\/$/, '')}.html`)];
  return candidates.find((p) => (p === root || p.startsWith(root + sep)) && existsSync(p) && statSync(p).isFile());
};

const cacheControlOf = (root: string, file: string): string => {
  if (extname(file) === '.html') return REVALIDATE;
  return file.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : SHORT;
};

/**
 * The one way both hosts (the Functions app in Azure, the local node:http host) answer for a built
 * page or asset under `root`: `/tab/card` → `tab/card.html`, `/assets/x-HASH.js` → that file, in
 * brotli or gzip when the client accepts it. Never escapes `root`.
 */
export const staticResponse = (root: string, request: PageRequest, serving: PageServing): StaticResponse | undefined => {
  if (!['GET', 'HEAD'].includes(request.method.toUpperCase())) return undefined;
  const path = resolve(root, request.path);
  if (!path) return undefined;
  const ext = extname(path);
  const headers: Record<string, string> = {
    'content-type': types[ext] ?? 'application/octet-stream',
    'cache-control': cacheControlOf(root, path),
    ...securityHeaders({ document: ext === '.html', hsts: serving.hsts }),
  };
  let file = path;
  if (isCompressible(path)) {
    headers.vary = 'Accept-Encoding';
    const available = PRECOMPRESSED.filter((p) => existsSync(`${path}${p.suffix}`));
    const names = [...available.map((p) => p.encoding), 'identity'];
    const chosen = new Negotiator({ headers: { 'accept-encoding': request.acceptEncoding } }).encoding(names, { preferred: names });
    const variant = available.find((p) => p.encoding === chosen);
    if (variant) {
      file = `${path}${variant.suffix}`;
      headers['content-encoding'] = variant.encoding;
    }
  }
  headers['content-length'] = String(statSync(file).size);
  return { file, headers };
};
