/** What a request costs: allowed, or refused with the seconds to wait before trying again. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = { take: (key: string) => RateDecision };

type Bucket = { tokens: number; at: number };

/** Buckets idle that long are full again: forgetting them changes nothing. */
const IDLE_MS = 10 * 60_000;
const SWEEP_EVERY = 1000;

/**
 * A token bucket per user, in this instance's memory: `perMinute` requests in a burst, refilled at
 * `perMinute` a minute. Each Functions instance counts on its own, so the limit is per instance;
 * it stops a runaway client or script, not a distributed attack (that is the gateway's job).
 * `perMinute` 0 turns it off.
 */
export const createRateLimiter = (perMinute: number, now: () => number = Date.now): RateLimiter => {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  let calls = 0;
  const sweep = (at: number) => {
    for (const [key, bucket] of buckets) if (at - bucket.at > IDLE_MS) buckets.delete(key);
  };
  return {
    take: (key) => {
      if (perMinute <= 0) return { allowed: true };
      const at = now();
      if ((calls += 1) % SWEEP_EVERY === 0) sweep(at);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at };
      const tokens = Math.min(perMinute, bucket.tokens + (at - bucket.at) * perMs);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at });
        return { allowed: true };
      }
      buckets.set(key, { tokens, at });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
  };
};
