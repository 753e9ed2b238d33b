import type { HttpRequest } from '@azure/functions';
import { DomainError, statusOfCode, type ErrorCode } from '@relais/domain';

export const MAX_BODY_BYTES = 1_000_000;

/** A refusal of the transport itself (size, media type, rate); its status is the catalogue's for its code. */
export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = statusOfCode(code);
  }
}

/**
 * The body, read as it streams in and refused (413) once past `maxBytes`: neither a false
 * Content-Length nor a chunked upload makes the host hold more than that.
 */
const readBytes = async (request: HttpRequest, maxBytes: number): Promise<Uint8Array> => {
  const tooLarge = () => new HttpError('REQUEST.TOO_LARGE', `The body exceeds ${maxBytes} bytes.`);
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

/** Reads a JSON body: 415 if not JSON, 413 if too large, 400 naming the position if malformed. */
export const readJson = async (request: HttpRequest, maxBytes = MAX_BODY_BYTES): Promise<unknown> => {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type))
    throw new HttpError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json.');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await readBytes(request, maxBytes));
  if (text.trim() === '') throw new DomainError('REQUEST.EMPTY_BODY', 'invalid', 'The request needs a JSON body.', [{ path: '(body)', message: 'Empty body.' }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DomainError('REQUEST.MALFORMED_JSON', 'invalid', 'The body is not valid JSON.', [
      { path: '(body)', message: error instanceof Error ? error.message : 'Malformed JSON.' },
    ]);
  }
};

/** `If-Match: *` matches whatever is there: a blind overwrite, so no precondition at all. */
const refuseWildcard = (etag: string): string => {
  if (etag.trim() === '*')
    throw new DomainError('CONCURRENCY.IF_MATCH_WILDCARD', 'precondition-required', 'If-Match: * would overwrite blindly; send the ETag you read.', [
      { path: 'If-Match', message: 'Expected the ETag you read, not *.' },
    ]);
  return etag;
};

/** PATCH and DELETE need the ETag the client read; without it a lost update could happen. */
export const requireIfMatch = (request: HttpRequest): string => {
  const etag = request.headers.get('if-match');
  if (!etag) throw new DomainError('CONCURRENCY.IF_MATCH_REQUIRED', 'precondition-required', 'Send the ETag you read in an If-Match header.');
  return refuseWildcard(etag);
};

/** Writes where If-Match is optional honour it when sent, and refuse `*` all the same. */
export const optionalIfMatch = (request: HttpRequest): string | undefined => {
  const etag = request.headers.get('if-match');
  return etag === null ? undefined : refuseWildcard(etag);
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
