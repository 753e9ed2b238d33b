import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rawGet } from '../raw-get';

/**
 * Lighthouse's mobile profile network (its simulated slow 4G): 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up. On loopback compression saves nothing; on this network it is most of a cold load.
 */
export const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export type Encoding = 'negotiated' | 'identity';

/** A fresh browser profile (a cold load: nothing cached); `identity` asks the server for every file uncompressed. */
export const coldContext = (browser: Browser, encoding: Encoding, viewport: { width: number; height: number }): Promise<BrowserContext> =>
  browser.newContext({ viewport, ...(encoding === 'identity' ? { extraHTTPHeaders: { 'accept-encoding': 'identity' } } : {}) });

export const throttleToMobile = async (page: Page): Promise<void> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
};

/** A script's size as stored and as sent to a brotli client and to a gzip-only one, asked over HTTP like a browser. */
export const sentBytes = async (base: string, url: string) => {
  const sent = async (acceptEncoding: string) => {
    const response = await rawGet(`${base}${url}`, { 'accept-encoding': acceptEncoding });
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return { bytes: response.body.length, encoding: response.headers['content-encoding'] ?? 'identity' };
  };
  const [identity, br, gzip] = await Promise.all([sent('identity'), sent('br'), sent('gzip')]);
  return { url, bytes: identity.bytes, brBytes: br.bytes, gzipBytes: gzip.bytes, encodings: [br.encoding, gzip.encoding] };
};

/** The first built page asset whose path starts with `prefix`, as Chromium's resource timing saw it; a string run in the page. */
export const scriptTransfer = (prefix: string): string => `(() => {
  const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.startsWith(${JSON.stringify(prefix)}));
  return entry ? { transferBytes: entry.transferSize, encodedBytes: entry.encodedBodySize, decodedBytes: entry.decodedBodySize, responseEnd: entry.responseEnd } : undefined;
})()`;
