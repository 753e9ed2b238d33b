import type { ErrorCode } from '@relais/domain';

/** The codes only a client makes: the network failed, or an answer carried no code of its own. */
export type ClientProblemCode = 'NETWORK.TIMEOUT' | 'NETWORK.UNREACHABLE' | 'HTTP.EMPTY_ANSWER' | `HTTP.${number}`;

/** What a page may compare `problem.code` with: a misspelt code fails the type check. */
export type ProblemCode = ErrorCode | ClientProblemCode;

/** A code read from an answer: the API only sends catalogued codes, so one it sends is taken as such. */
export const problemCode = (code: unknown, status: number): ProblemCode => (typeof code === 'string' ? (code as ErrorCode) : `HTTP.${status}`);

/** An API failure as the UI shows it: the problem+json fields, or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors: { path: string; message: string }[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  /** Worth retrying as is: the network, a timeout, throttling or a server fault. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;
