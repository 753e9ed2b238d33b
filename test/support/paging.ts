import { isDomainError } from '@relais/domain';
import type { ApiResponse, TestApi } from './api-harness';

/** Runs a use case again when it lost an ETag race (seeding many tiers at once on one parent). */
export const staleRetry = async <T>(run: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 6 || !isDomainError(error) || error.kind !== 'precondition-failed') throw error;
    }
  }
};

/** `work(0)` … `work(count - 1)`, `width` at a time. */
export const inBatches = async (count: number, width: number, work: (i: number) => Promise<unknown>) => {
  for (let start = 0; start < count; start += width)
    await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, k) => work(start + k)));
};

type CursorPage<T> = { items: T[]; nextCursor: string | null };

/** Every item of a paged list, following `nextCursor` `limit` at a time; each page must answer 200 and hold at most `limit`. */
export const allPages = async <T>(api: TestApi, token: string, path: string, limit: number): Promise<T[]> => {
  const seen: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: URLSearchParams = new URLSearchParams({
      limit: String(limit),
      ...(cursor ? { cursor } : {}),
    });
    const response: ApiResponse<CursorPage<T>> = await api.call<CursorPage<T>>(
      'GET',
      `${path}${path.includes('?') ? '&' : '?'}${query}`,
      { token },
    );
    expect(response.status).toBe(200);
    expect(response.body.items.length).toBeLessThanOrEqual(limit);
    seen.push(...response.body.items);
    cursor = response.body.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  return seen;
};
