import { DomainError } from '../errors/domain-error';
import type { Page } from '../ports/tier-store.port';

const CURSOR_PREFIX = 'k';

const afterKey = (cursor: string | undefined): string | undefined => {
  if (cursor === undefined) return undefined;
  if (!cursor.startsWith(CURSOR_PREFIX) || cursor.length < 2)
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The cursor is not valid.', [{ path: 'cursor', message: 'Not a cursor from this list.' }]);
  return cursor.slice(CURSOR_PREFIX.length);
};

/**
 * One page of a list held whole in memory, in the order of a key unique to each item, with the exact
 * number of items and a cursor holding the last key shown (not an offset: an item added meanwhile
 * neither repeats nor hides another).
 */
export const pageByKey = <T>(items: readonly T[], keyOf: (item: T) => string, limit: number, cursor?: string): Page<T> & { total: number } => {
  const after = afterKey(cursor);
  const sorted = items.map((item) => ({ key: keyOf(item), item })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter((x) => x.key > after);
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map((x) => x.item), total: sorted.length, nextCursor: rest.length > limit && last ? `${CURSOR_PREFIX}${last.key}` : null };
};
