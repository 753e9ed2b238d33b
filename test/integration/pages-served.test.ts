import { HttpRequest } from '@azure/functions';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { servePage } from '../../functions/src/http/page-route';
import { rawGet, type RawResponse } from '../../scripts/raw-get';
import { WEB_DIR } from '../../scripts/web/build-web';
import { startApi, type TestApi } from '../support/api-harness';

const decode = (raw: RawResponse): Buffer => {
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw.body);
  if (encoding === 'gzip') return gunzipSync(raw.body);
  return raw.body;
};

let api: TestApi;
let script: string;
beforeAll(async () => {
  api = await startApi();
  const page = await rawGet(`${api.base}/tab/card`);
  script = /<script src="(\/assets\/[^"]+)"/.exec(page.body.toString())![1]!;
});
afterAll(() => api.stop());

describe('built assets', () => {
  it('are named by their content hash and cached for a year, immutable', async () => {
    expect(script).toMatch(/^\/assets\/tab-card-[A-Z0-9]{8}\.js$/);
    const raw = await rawGet(`${api.base}${script}`, { 'accept-encoding': 'br' });
    expect(raw.status).toBe(200);
    expect(raw.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(raw.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(raw.headers['x-content-type-options']).toBe('nosniff');
  });

  it('are sent in brotli or gzip as the client accepts, each decoding to the original', async () => {
    const original = readFileSync(join(WEB_DIR, script));
    const identity = await rawGet(`${api.base}${script}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toBe('Accept-Encoding');
    expect(identity.body.equals(original)).toBe(true);

    // Chromium's header: every encoding at the same weight; brotli, the smallest, is sent.
    const br = await rawGet(`${api.base}${script}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(decode(br).equals(original)).toBe(true);

    const gzip = await rawGet(`${api.base}${script}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip).equals(original)).toBe(true);

    // Weights are honoured, and a refused encoding is never sent.
    expect((await rawGet(`${api.base}${script}`, { 'accept-encoding': 'br;q=0.5, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await rawGet(`${api.base}${script}`, { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('are not reachable by the compressed copies\' own names', async () => {
    expect((await rawGet(`${api.base}${script}.br`)).status).toBe(404);
    expect((await rawGet(`${api.base}${script}.gz`)).status).toBe(404);
  });
});

describe('pages', () => {
  it('are revalidated on every load and carry the security headers', async () => {
    const page = await rawGet(`${api.base}/tab/card`, { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['cache-control']).not.toMatch(/immutable|max-age/);
    expect(decode(page).toString()).toContain(script);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = page.headers['content-security-policy']!;
    const frameAncestors = /frame-ancestors ([^;]+)/.exec(csp)![1]!.split(' ');
    expect(frameAncestors).toEqual(
      expect.arrayContaining(["'self'", 'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://outlook.office.com', 'https://*.office.com']),
    );
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(csp).toContain("object-src 'none'");
    // Local http: no HSTS (a browser would pin localhost to https).
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('name where their sign-in script is, by its hashed address', async () => {
    const html = decode(await rawGet(`${api.base}/addin/taskpane`)).toString();
    const signIn = /<meta name="relais-script:addin-naa-sign-in" content="([^"]+)">/.exec(html)![1]!;
    expect(signIn).toMatch(/^\/assets\/addin-naa-sign-in-[A-Z0-9]{8}\.js$/);
    expect((await rawGet(`${api.base}${signIn}`)).status).toBe(200);
  });
});

describe('the Functions app (Azure) serves the same files the same way', () => {
  const serve = servePage(WEB_DIR);
  const request = (path: string, acceptEncoding?: string) =>
    new HttpRequest({ method: 'GET', url: `https://relais.example${path}`, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('with the negotiated encoding, immutable assets and HSTS', async () => {
    const asset = await serve(request(script, 'gzip, deflate, br'));
    const headers = asset.headers as Record<string, string>;
    expect(headers['content-encoding']).toBe('br');
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    expect(brotliDecompressSync(asset.body as Buffer).equals(readFileSync(join(WEB_DIR, script)))).toBe(true);

    const page = await serve(request('/tab/my-actions'));
    const pageHeaders = page.headers as Record<string, string>;
    expect(pageHeaders['cache-control']).toBe('no-cache');
    expect(pageHeaders['content-security-policy']).toContain('frame-ancestors');
    expect((await serve(request('/tab/nowhere'))).status).toBe(404);
  });
});
