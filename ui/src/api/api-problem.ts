import type { ErrorCode } from '@relais/domain';

/** Why the host's sign-in (MSAL nested app authentication) gave no token. */
export type SignInReason = 'consent-required' | 'popup-blocked' | 'failed';

/** The codes only a client makes: the network failed, sign-in gave no token, or an answer carried no code of its own. */
export type ClientProblemCode = 'NETWORK.TIMEOUT' | 'NETWORK.UNREACHABLE' | `SIGN_IN.${SignInReason}` | 'HTTP.EMPTY_ANSWER' | `HTTP.${number}`;

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

const SIGN_IN_REASONS: readonly string[] = ['consent-required', 'popup-blocked', 'failed'] satisfies SignInReason[];

/**
 * A token provider's failure as a problem the pages already show: MSAL's sign-in script is a bundle
 * of its own, so its SignInError is recognised by its `reason`, not by its class.
 */
export const signInProblem = (error: unknown): ApiProblem => {
  const reason = typeof error === 'object' && error !== null && 'reason' in error ? String(error.reason) : 'failed';
  const known = (SIGN_IN_REASONS.includes(reason) ? reason : 'failed') as SignInReason;
  return new ApiProblem(401, `SIGN_IN.${known}`, error instanceof Error ? error.message : 'Sign-in failed.');
};

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;
