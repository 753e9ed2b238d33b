import { request as httpRequest } from 'node:http';
import { clientAddress } from '../../functions/src/http/client-address';
import { createRateLimiter } from '../../functions/src/http/rate-limit';
import { startApi, type TestApi } from '../support/api-harness';

/** A request over node:http, from a chosen loopback address, sending `sent` bytes of a body announced as `declared`. */
const rawCall = (api: TestApi, options: { method?: string; path: string; from?: string; headers?: Record<string, string>; declared?: number; sent?: number }) =>
  new Promise<{ status: number; body: { code?: string } }>((resolve, reject) => {
    const url = new URL(api.base);
    const declared = options.declared ?? 0;
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        localAddress: options.from ?? '127.0.0.1',
        headers: { ...(declared > 0 ? { 'content-type': 'application/json', 'content-length': String(declared) } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} });
        });
      },
    );
    req.on('error', reject);
    // Only the start of the announced body is ever sent: an answer proves the host did not wait for the rest.
    if (declared > 0) req.write('{"kind":"organisation","names":[' + ' '.repeat(Math.max(0, (options.sent ?? 1024) - 32)));
    else req.end();
  });

describe('rate limit per user', () => {
  it('answers 429 with Retry-After once a user spent their minute, without slowing anyone else', async () => {
    const api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const greedy = await api.tokenFor({ userId: 'greedy', name: 'Greedy', roles: ['rep'] });
      const calm = await api.tokenFor({ userId: 'calm', name: 'Calm', roles: ['rep'] });
      const statuses = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await api.call('GET', '/api/tiers?q=x', { token: greedy })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const refused = await api.call('GET', '/api/tiers?q=x', { token: greedy });
      expect([refused.status, refused.body.code, refused.headers.get('content-type')]).toEqual([429, 'RATE.LIMITED', 'application/problem+json; charset=utf-8']);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await api.call('GET', '/api/tiers?q=x', { token: calm })).status).toBe(200);
      expect((await api.call('GET', '/api/health')).status).toBe(200);
    } finally {
      await api.stop();
    }
  });

  it('refills the bucket over time: a request a second at 60 a minute', () => {
    let now = 0;
    const limiter = createRateLimiter(60, () => now);
    for (let i = 0; i < 60; i += 1) expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(limiter.take('u').allowed).toBe(true);
    expect(limiter.take('u').allowed).toBe(false);
    expect(createRateLimiter(0).take('u').allowed).toBe(true);
  });
});

describe('calls without a valid token are counted too, by client address', () => {
  let api: TestApi;
  beforeEach(async () => (api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '5' })));
  afterEach(() => api.stop());

  it('bad tokens: 401 until the address spent its minute, then 429; a signed-in user and another address are not slowed', async () => {
    const user = await api.tokenFor({ userId: 'honest', name: 'Honest', roles: ['rep'] });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await api.call('GET', '/api/tiers?q=x', { token: `forged.${i}.token` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const refused = await api.call('GET', '/api/tiers?q=x');
    expect([refused.status, refused.body.code, Number(refused.headers.get('retry-after')) >= 1]).toEqual([429, 'RATE.LIMITED', true]);
    expect((await api.call('GET', '/api/tiers?q=x', { token: user })).status).toBe(200);
    expect((await rawCall(api, { path: '/api/tiers?q=x', from: '127.0.0.2', headers: { authorization: 'Bearer forged' } })).status).toBe(401);
  });

  it('dev tokens: five a minute from one address, then 429', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await api.call('POST', '/api/dev/token', { body: { userId: `u${i}`, name: 'U', roles: ['rep'] } })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('reads the address Azure’s front end appended to X-Forwarded-For, not what the client wrote', () => {
    expect(clientAddress('203.0.113.7:52114', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 203.0.113.7:52114', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.2.3.4, 198.51.100.9, 10.0.0.4:1234', 2)).toBe('198.51.100.9');
    expect(clientAddress('[2001:db8::1]:443', 1)).toBe('2001:db8::1');
    expect(clientAddress('2001:db8::1', 1)).toBe('2001:db8::1');
    expect(clientAddress(null, 1)).toBe('unknown');
  });
});

describe('the local host reads no body before the token is checked', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi({ RELAIS_RATE_LIMIT_PER_MINUTE: '0' })));
  afterAll(() => api.stop());

  it('refuses a missing token without waiting for the body announced', async () => {
    const answer = await rawCall(api, { method: 'POST', path: '/api/tiers', declared: 900_000, sent: 1024 });
    expect([answer.status, answer.body.code]).toEqual([401, 'AUTH.MISSING_TOKEN']);
  }, 15_000);

  it('refuses by Content-Length a body larger than the route takes, before reading it', async () => {
    const token = await api.tokenFor({ userId: 'big', name: 'Big', roles: ['rep'] });
    const answer = await rawCall(api, { method: 'POST', path: '/api/tiers', declared: 10 * 1024 * 1024, sent: 1024, headers: { authorization: `Bearer ${token}` } });
    expect([answer.status, answer.body.code]).toEqual([413, 'REQUEST.TOO_LARGE']);
  }, 15_000);
});
