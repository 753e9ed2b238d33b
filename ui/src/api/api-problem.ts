/** An API failure as the UI shows it: the problem+json fields, or a network failure (status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
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
