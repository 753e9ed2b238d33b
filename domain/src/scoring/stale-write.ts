import { isDomainError } from '../errors/domain-error';

/** A write that lost an ETag race: read again and retry. */
export const isStaleWrite = (error: unknown): boolean => isDomainError(error) && error.code === 'CONCURRENCY.STALE';

export const MAX_WRITE_ATTEMPTS = 10;
/** For writes a request waits on (merges, imports, relation ends): a few attempts, then the conflict is the caller's. */
export const FEW_WRITE_ATTEMPTS = 5;
const BASE_DELAY_MS = 4;
const MAX_DELAY_MS = 250;

/**
 * How long to wait before retry number `attempt` (1 = the first retry): "full jitter" exponential
 * backoff, a random wait in [0, min(cap, base·2^attempt)). Writers that collided spread out instead of
 * colliding again in lockstep, which is what made eight writers on one row lose eight times in a row.
 */
export const backoffDelay = (attempt: number, random: () => number = Math.random): number =>
  Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt));

/** A timer, not I/O: the domain may wait between two attempts of its own writes. */
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a read-change-write until it lands: a stale write (CONCURRENCY.STALE) waits a jittered,
 * growing delay and starts again from a fresh read; after MAX_WRITE_ATTEMPTS, or on any other error,
 * the error is the caller's (insight bookkeeping then marks its work for catch-up).
 */
export const retryStaleWrite = async <T>(attempt: () => Promise<T>, attempts = MAX_WRITE_ATTEMPTS): Promise<T> => {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isStaleWrite(error) || n >= attempts) throw error;
      await pause(backoffDelay(n));
    }
  }
};
