import { DomainError } from '../errors/domain-error';
import type { Page } from '../ports/tier-store.port';

/** Pages an in-memory, already-ranked list with an opaque offset cursor. */
export const pageOf = <T>(items: readonly T[], limit: number, cursor?: string): Page<T> => {
  const offset = cursor ? Number.parseInt(cursor.replace(/^o/, ''), 36) : 0;
  if (!Number.isFinite(offset) || offset < 0 || (cursor && !cursor.startsWith('o')))
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The cursor is not valid.', [{ path: 'cursor', message: 'Not a cursor from this list.' }]);
  const end = offset + limit;
  return { items: items.slice(offset, end), nextCursor: end < items.length ? `o${end.toString(36)}` : null };
};
