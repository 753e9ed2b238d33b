import { createRateLimiter } from '../../functions/src/http/rate-limit';
import { startApi } from '../support/api-harness';

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
