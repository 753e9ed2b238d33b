import { catchUpInsight, DomainError, type InsightStores } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { organisation } from '../support/factories';
import { createDistinct, daysAgo, logAt, scoresOf, today } from './insight-fixtures';

let api: TestApi;
let rep: string;
let insight: InsightStores;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'busy', name: 'Bea Busy', roles: ['rep'], teams: ['north'] });
  insight = api.app.deps.insight!;
});
afterAll(() => api.stop());

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const reportRow = async () => {
  const report = await api.call('GET', `/api/reports/activity?from=${today()}&to=${tomorrow()}&groupBy=rep`, { token: rep });
  expect(report.status).toBe(200);
  return report.body.rows.find((r: { key: string }) => r.key === 'busy');
};

const keysOf = async (tierId: string) => new Set((await insight.summaries.read(tierId)).value!.activity.recent.map((e) => e[0]));

const post = (tierIds: string[], direction: string, n: number) =>
  api.call('POST', '/api/interactions', {
    token: rep,
    body: { direction, medium: 'email', occurredAt: daysAgo(0, '09:30:00'), subject: `Relance ${n}`, participants: tierIds.map((tierId) => ({ tierId })) },
  });

describe('logging never fails because of insight bookkeeping', () => {
  it('eight concurrent writers on one tier and one rep all get 201, and counters and report end exact', async () => {
    const org = await createDistinct(api, rep, organisation({ lifecycle: 'prospect' }));
    const other = await createDistinct(api, rep, organisation());
    const writers = 8;
    const each = 20;
    const statuses: number[] = [];
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < each; i += 1) {
          // Every writer hits the same tier's summary row and the same rep-day row; half also a second tier.
          const response = await post(i % 2 === 0 ? [org.id] : [org.id, other.id], i % 4 === 0 ? 'inbound' : 'outbound', w * each + i);
          statuses.push(response.status);
          if (response.status === 201) ids.push(response.body.id);
        }
      }),
    );
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(new Set(ids).size).toBe(writers * each);
    await api.drain();

    // The next write catches up whatever had to be marked; then everything is exact.
    await logAt(api, rep, [org.id], daysAgo(0, '11:00:00'), { direction: 'outbound' });
    expect((await insight.catchUp.pending(10)).length).toBe(0);

    const keys = await keysOf(org.id);
    expect(keys.size).toBe(writers * each + 1);
    for (const id of ids) expect(keys.has(id.slice(0, 12))).toBe(true);
    expect((await keysOf(other.id)).size).toBe((writers * each) / 2);

    const row = await reportRow();
    expect(row).toMatchObject({ interactions: writers * each + 1, inbound: (writers * each) / 4, outbound: (writers * each * 3) / 4 + 1 });

    const scores = await scoresOf(api, rep, org.id);
    expect(scores.opportunity.reasons).toContain(`${(writers * each) / 4} inbound contacts in the last 30 days`);
  }, 300_000);

  it('work that cannot land is marked, the interaction still logged (201), and the next write brings counters back exact', async () => {
    const org = await createDistinct(api, rep, organisation());
    const before = (await reportRow())?.interactions ?? 0;
    const { summaries, activity } = insight;
    const write = summaries.write;
    const putDay = activity.putDay;
    // Every attempt loses its ETag race: the backoff runs out.
    const lost = async () => {
      throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The row changed since it was read.');
    };
    summaries.write = lost;
    activity.putDay = lost;
    const logged: string[] = [];
    try {
      for (let i = 0; i < 3; i += 1) {
        const response = await post([org.id], 'inbound', i);
        expect(response.status).toBe(201);
        logged.push(response.body.id);
      }
      await api.drain(); // the insight work is queued: it runs (and loses its races) while the rows stay lost
    } finally {
      summaries.write = write;
      activity.putDay = putDay;
    }
    const marked = await insight.catchUp.pending(50);
    expect(marked.map((p) => p.item)).toEqual(expect.arrayContaining(logged.map((id) => ({ kind: 'interaction', id }))));
    expect((await insight.summaries.read(org.id)).value?.activity.recent ?? []).toHaveLength(0);

    await logAt(api, rep, [org.id], daysAgo(0, '12:00:00'));
    expect(await insight.catchUp.pending(50)).toEqual([]);
    const keys = await keysOf(org.id);
    expect(keys.size).toBe(4);
    for (const id of logged) expect(keys.has(id.slice(0, 12))).toBe(true);
    expect((await reportRow()).interactions).toBe(before + 4);
  }, 60_000);

  it('a storage error is marked too, and the catch-up run (part of npm run repair) redoes it', async () => {
    const org = await createDistinct(api, rep, organisation());
    const { summaries } = insight;
    const write = summaries.write;
    summaries.write = async () => {
      throw new Error('storage unavailable');
    };
    let id: string;
    try {
      const response = await post([org.id], 'outbound', 0);
      expect(response.status).toBe(201);
      id = response.body.id;
      await api.drain();
      // While storage still fails, a catch-up run leaves the item for later.
      expect(await catchUpInsight(api.app.deps)).toEqual({ redone: 0, left: 1 });
    } finally {
      summaries.write = write;
    }
    expect((await insight.catchUp.pending(50)).map((p) => p.item)).toContainEqual({ kind: 'interaction', id });
    expect(await catchUpInsight(api.app.deps)).toEqual({ redone: 1, left: 0 });
    expect(await insight.catchUp.pending(50)).toEqual([]);
    expect([...(await keysOf(org.id))]).toEqual([id.slice(0, 12)]);
  }, 60_000);
});
