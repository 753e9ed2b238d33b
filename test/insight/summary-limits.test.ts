import { newInsight, retryStaleWrite, type TierInsight } from '@relais/domain';
import { bucketOf, MAX_IN_ROW, ownRowOf, propertyOf, ROW_SUMMARY_CHARS } from '../../functions/src/storage/summary.repository';
import { startApi, type TestApi } from '../support/api-harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.stop());

const summaries = () => api.app.deps.insight!.summaries;
const raw = () => api.app.stores.tables.table('TierSummaries');

/** A summary whose JSON is exactly `chars` characters long (the name pads it). */
const sized = (tierId: string, chars: number): TierInsight => {
  const insight = newInsight(
    {
      tierId, kind: 'organisation', name: '', status: 'active', ownerTeam: 'north', confidentiality: 'public', owner: null, createdBy: 'rep1',
      createdAt: '2026-01-01T00:00:00Z', attributes: { city: null, postalCode: null, siren: null, referenceFunction: null, jobTitle: null },
      facts: [], relations: [], openTasks: [], pendingChangeRequests: { count: 0, oldest: null },
    },
    '2026-11-23T10:00:00Z',
  );
  return { ...insight, name: 'é'.repeat(chars - JSON.stringify(insight).length) };
};

/** Tier ids that all hash to the same bucket as `seed`. */
const sameBucket = (seed: string, count: number): string[] => {
  const target = bucketOf(seed);
  const ids: string[] = [];
  for (let i = 0; ids.length < count; i += 1) {
    const id = `${seed}-${i}`;
    const b = bucketOf(id);
    if (b.partitionKey === target.partitionKey && b.rowKey === target.rowKey) ids.push(id);
  }
  return ids;
};

/** Table Storage's own size formula: 4 bytes + 2 per name character + the value (2 per character + 4 for a string). */
const entityBytes = (entity: Record<string, unknown>): number =>
  Object.entries(entity)
    .filter(([key]) => !['etag', 'timestamp', 'odata.metadata'].includes(key))
    .reduce((n, [key, value]) => n + 4 + key.length * 2 + (typeof value === 'string' ? value.length * 2 + 4 : 8), 0);

/** As the use cases write: read, write under what was read, again after a lost race. */
const put = (insight: TierInsight) =>
  retryStaleWrite(async () => {
    const stored = await summaries().read(insight.tierId);
    await summaries().write(insight, stored.etag);
  }, 50);

describe('tier summaries stay within Table Storage limits', () => {
  it('at the boundary: a summary of the row size stays in its bucket, one character more moves to a row of its own, read back and scanned once', async () => {
    const [fits, grows] = sameBucket(`edge${Date.now()}`, 2);
    await put(sized(fits!, ROW_SUMMARY_CHARS));
    await put(sized(grows!, ROW_SUMMARY_CHARS));
    await put(sized(grows!, ROW_SUMMARY_CHARS + 1));
    const { partitionKey, rowKey } = bucketOf(fits!);
    const bucket = await (await raw()).getEntity<Record<string, unknown>>(partitionKey, rowKey);
    expect((bucket[propertyOf(fits!)] as string).length).toBe(ROW_SUMMARY_CHARS);
    expect(bucket[propertyOf(grows!)]).toBe('@');
    const own = await (await raw()).getEntity<Record<string, unknown>>(ownRowOf(grows!).partitionKey, ownRowOf(grows!).rowKey);
    expect((own.data as string).length).toBe(ROW_SUMMARY_CHARS + 1);

    // Updated where it lives; read back whole.
    await put(sized(grows!, ROW_SUMMARY_CHARS + 500));
    expect(JSON.stringify((await summaries().read(grows!)).value).length).toBe(ROW_SUMMARY_CHARS + 500);
    expect(JSON.stringify((await summaries().read(fits!)).value).length).toBe(ROW_SUMMARY_CHARS);
    const scanned: string[] = [];
    for await (const group of summaries().scanAll()) scanned.push(...group.map((i) => i.tierId).filter((id) => id === fits || id === grows));
    expect(scanned.sort()).toEqual([fits, grows].sort());

    await summaries().remove(grows!);
    expect((await summaries().read(grows!)).value).toBeUndefined();
    await expect((await raw()).getEntity(ownRowOf(grows!).partitionKey, ownRowOf(grows!).rowKey)).rejects.toMatchObject({ statusCode: 404 });
  });

  it(`a bucket never holds more than ${MAX_IN_ROW} summaries nor 1 MiB: the next ones get rows of their own`, async () => {
    const ids = sameBucket(`full${Date.now()}`, MAX_IN_ROW + 12);
    for (let i = 0; i < ids.length; i += 8) await Promise.all(ids.slice(i, i + 8).map((id) => put(sized(id, ROW_SUMMARY_CHARS))));
    const { partitionKey, rowKey } = bucketOf(ids[0]!);
    const bucket = await (await raw()).getEntity<Record<string, unknown>>(partitionKey, rowKey);
    const properties = Object.keys(bucket).filter((k) => k.startsWith('t_'));
    expect(properties).toHaveLength(MAX_IN_ROW);
    expect(Object.keys(bucket).length).toBeLessThanOrEqual(255);
    expect(entityBytes(bucket)).toBeLessThan(1024 * 1024);

    for (const id of [ids[0]!, ids.at(-1)!]) expect((await summaries().read(id)).value?.tierId).toBe(id);
    const scanned = new Set<string>();
    for await (const group of summaries().scanAll()) for (const insight of group) if (ids.includes(insight.tierId)) scanned.add(insight.tierId);
    expect(scanned.size).toBe(ids.length);

    // One in the bucket and one in its own row go; nothing else does.
    const outside = ids.find((id) => !properties.includes(propertyOf(id)))!;
    await summaries().remove(outside);
    await summaries().remove(ids[0]!);
    expect((await summaries().read(outside)).value).toBeUndefined();
    expect((await summaries().read(ids[0]!)).value).toBeUndefined();
    expect((await summaries().read(ids[1]!)).value?.tierId).toBe(ids[1]);
  }, 120_000);
});
