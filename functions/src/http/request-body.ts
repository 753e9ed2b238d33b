import type { HttpRequest } from '@azure/functions';
import { DomainError } from '@relais/domain';

export const MAX_BODY_BYTES = 1_000_000;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Reads a JSON body: 415 if not JSON, 413 if too large, 400 naming the position if malformed. */
export const readJson = async (request: HttpRequest, maxBytes = MAX_BODY_BYTES): Promise<unknown> => {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type))
    throw new HttpError(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json.');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError(413, 'REQUEST.TOO_LARGE', `The body exceeds ${maxBytes} bytes.`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new HttpError(413, 'REQUEST.TOO_LARGE', `The body exceeds ${maxBytes} bytes.`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') throw new DomainError('REQUEST.EMPTY_BODY', 'invalid', 'The request needs a JSON body.', [{ path: '(body)', message: 'Empty body.' }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('REQUEST.MALFORMED_JSON', 'invalid', 'The body is not valid JSON.', [
      { path: '(body)', message: error instanceof Error ? error.message : 'Malformed JSON.' },
    ]);
  }
};

/** PATCH and DELETE need the ETag the client read; without it a lost update could happen. */
export const requireIfMatch = (request: HttpRequest): string => {
  const etag = request.headers.get('if-match');
  if (!etag) throw new DomainError('CONCURRENCY.IF_MATCH_REQUIRED', 'precondition-required', 'Send the ETag you read in an If-Match header.');
  return etag;
};

export const queryObject = (request: HttpRequest): Record<string, string> => Object.fromEntries(request.query.entries());

export const idempotencyKey = (request: HttpRequest): string | undefined => {
  const key = request.headers.get('idempotency-key')?.trim();
  if (key !== undefined && (key.length === 0 || key.length > 200))
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The Idempotency-Key header is not valid.', [
      { path: 'Idempotency-Key', message: 'Expected 1 to 200 characters.' },
    ]);
  return key;
};
