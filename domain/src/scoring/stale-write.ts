import { isDomainError } from '../errors/domain-error';

/** A write that lost an ETag race: read again and retry. */
export const isStaleWrite = (error: unknown): boolean => isDomainError(error) && error.code === 'CONCURRENCY.STALE';

export const MAX_WRITE_ATTEMPTS = 8;
