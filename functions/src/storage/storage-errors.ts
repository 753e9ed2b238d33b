import { RestError } from '@azure/data-tables';
import { DomainError, NOT_FOUND_CODES, type MissingThing } from '@relais/domain';

export const statusOf = (error: unknown): number | undefined => (error instanceof RestError ? error.statusCode : undefined);

/** Storage did not answer within the deadline: the request may be tried again later. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Connection failures as Node and the Azure SDK name them: nothing answered at all. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'REQUEST_SEND_ERROR']);

type ErrorLike = { name?: unknown; code?: unknown; statusCode?: unknown; cause?: unknown; errors?: unknown };

/**
 * Storage unreachable, timed out, throttled (503) or failing (500, 408): answered 503 with
 * Retry-After, never 500. Read duck-typed, since the Table and Queue SDKs may each bring their own
 * copy of RestError; causes and aggregated errors are followed.
 */
export const isStorageUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  if (error instanceof StorageUnavailableError) return true;
  const e = error as ErrorLike;
  if (e.name === 'RestError') {
    if (typeof e.statusCode === 'number') return [408, 500, 502, 503, 504].includes(e.statusCode);
    if (typeof e.code === 'string' && UNREACHABLE.has(e.code)) return true;
  }
  if (Array.isArray(e.errors) && e.errors.some((inner) => isStorageUnavailable(inner, depth + 1))) return true;
  return isStorageUnavailable(e.cause, depth + 1);
};

export const isNotFound = (error: unknown): boolean => statusOf(error) === 404;
export const isConflict = (error: unknown): boolean => statusOf(error) === 409;

/** Turns the storage's concurrency answers into domain errors; anything else is a real failure. */
export const mapWriteError = (error: unknown, what: MissingThing): never => {
  const status = statusOf(error);
  if (status === 412)
    throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', `The ${what} changed since you read it; reload and try again.`);
  if (status === 404) throw new DomainError(NOT_FOUND_CODES[what], 'not-found', `The ${what} no longer exists.`);
  throw error;
};

/** Reads one entity, `undefined` when absent. */
export const readOrUndefined = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
};
