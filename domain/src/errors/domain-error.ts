import { NOT_FOUND_CODES, type ErrorCode, type KindOf, type MissingThing } from './error-codes';

export type FieldError = { path: string; message: string };

/**
 * A failure the domain expects, with a catalogued code (`TIER.NOT_FOUND`) and every offending field.
 * The kind is the catalogue's for that code: the compiler refuses any other.
 */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly kind: KindOf<C>,
    message: string,
    readonly errors: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

export const notFound = (what: MissingThing, id: string): DomainError =>
  new DomainError(NOT_FOUND_CODES[what], 'not-found', `No ${what} with id ${id}.`);
