/** How a transport should treat an error: the HTTP mapper and the bot reply both read this. */
export type ErrorKind =
  | 'invalid' // malformed input → 400
  | 'rule' // well-formed but breaks a domain rule → 422
  | 'not-found' // → 404
  | 'gone' // erased → 410
  | 'conflict' // state conflict (duplicate, already decided) → 409
  | 'precondition-failed' // stale ETag → 412
  | 'precondition-required' // missing If-Match → 428
  | 'forbidden' // → 403
  | 'unauthenticated'; // → 401

export type FieldError = { path: string; message: string };

/** A failure the domain expects, with a stable code (`TIER.NOT_FOUND`) and every offending field. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly errors: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(`${what.toUpperCase()}.NOT_FOUND`, 'not-found', `No ${what} with id ${id}.`);
