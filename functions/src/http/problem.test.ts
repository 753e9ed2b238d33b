import { DomainError, ERROR_CODES, STATUS_OF_KIND, type ErrorCode } from '@relais/domain';
import { errorResponse, problem } from './problem';
import { HttpError } from './request-body';

const bodyOf = (response: { body?: unknown }) => JSON.parse(String(response.body)) as { status: number; code: string; title: string };
const ignore = () => undefined;

describe('problem+json', () => {
  it('answers every catalogued code with the status of its kind, in the status line and the body alike', () => {
    const wrong = (Object.keys(ERROR_CODES) as ErrorCode[]).filter((code) => {
      const response = problem(code, 'x');
      const status = STATUS_OF_KIND[ERROR_CODES[code].kind];
      return response.status !== status || bodyOf(response).status !== status || bodyOf(response).code !== code || bodyOf(response).title === 'Error';
    });
    expect(wrong).toEqual([]);
  });

  it('keeps the statuses clients already rely on', () => {
    const statusOf = (error: unknown) => errorResponse(error, ignore).status;
    expect(statusOf(new DomainError('TIER.ERASED', 'gone', 'x'))).toBe(410);
    expect(statusOf(new DomainError('CONCURRENCY.IF_MATCH_REQUIRED', 'precondition-required', 'x'))).toBe(428);
    expect(statusOf(new DomainError('AUTH.MISSING_SCOPE', 'forbidden', 'x'))).toBe(403);
    expect(statusOf(new Error('boom'))).toBe(500);
    expect(new HttpError('REQUEST.TOO_LARGE', 'x').status).toBe(413);
    expect(new HttpError('RATE.LIMITED', 'x').status).toBe(429);
  });
});
