import { RestError } from '@azure/data-tables';
import { DomainError } from '@relais/domain';

export const statusOf = (error: unknown): number | undefined => (error instanceof RestError ? error.statusCode : undefined);

export const isNotFound = (error: unknown): boolean => statusOf(error) === 404;
export const isConflict = (error: unknown): boolean => statusOf(error) === 409;

/** Turns the storage's concurrency answers into domain errors; anything else is a real failure. */
export const mapWriteError = (error: unknown, what: string): never => {
  const status = statusOf(error);
  if (status === 412)
    throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', `The ${what} changed since you read it; reload and try again.`);
  if (status === 404) throw new DomainError(`${what.toUpperCase()}.NOT_FOUND`, 'not-found', `The ${what} no longer exists.`);
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
