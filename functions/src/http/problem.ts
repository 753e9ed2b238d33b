import type { HttpResponseInit } from '@azure/functions';
import { isDomainError, statusOfCode, type ErrorCode, type FieldError } from '@relais/domain';
import { isStorageUnavailable } from '../storage/storage-errors';

const titles: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 409: 'Conflict',
  410: 'Gone', 412: 'Precondition failed', 413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content',
  428: 'Precondition required', 429: 'Too many requests', 500: 'Internal server error', 503: 'Service unavailable',
};

/** RFC 9457 problem details, with Relais' catalogued `code` (which gives the status) and every offending field in `errors`. */
export const problem = (
  code: ErrorCode,
  detail: string,
  errors: FieldError[] = [],
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): HttpResponseInit => {
  const status = statusOfCode(code);
  return {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
    body: JSON.stringify({ type: `https://relais.dev/problems/${code.toLowerCase().replace(/[._]/g, '-')}`, title: titles[status] ?? 'Error', status, detail, code, errors, ...extra }),
  };
};

/** How long a client should wait after a storage failure: a few quick retries' worth, not a minute. */
export const STORAGE_RETRY_AFTER_SECONDS = 2;

/** Storage could not be reached or is throttled: the client may try again shortly. */
export const storageUnavailable = (extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): HttpResponseInit =>
  problem(
    'STORAGE.UNAVAILABLE',
    `The data store is unavailable or busy. Try again in ${STORAGE_RETRY_AFTER_SECONDS} s.`,
    [],
    extra,
    { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS), ...headers },
  );

/** The one place errors become HTTP: domain errors keep their meaning; anything else is logged and hidden. */
export const errorResponse = (error: unknown, log: (message: string, error: unknown) => void): HttpResponseInit => {
  if (isDomainError(error)) return problem(error.code, error.message, error.errors, error.details);
  if (isStorageUnavailable(error)) {
    log('Storage unavailable', error instanceof Error ? error.message : error);
    return storageUnavailable();
  }
  log('Unexpected error', error);
  return problem('INTERNAL', 'Something went wrong on our side. Please try again; if it persists, contact your administrator.');
};
