import { startApi, type TestApi } from '../support/api-harness';
import { organisation } from '../support/factories';
import { createDistinct, daysAgo, logAt, scoresOf, today } from './insight-fixtures';

let api: TestApi;
let rep: string;
beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
});
afterAll(() => api.stop());

const summaryOf = async (tierId: string) => (await api.app.deps.insight!.summaries.read(tierId)).value!;

describe('scores follow the data as it changes, without rescanning', () => {
  it('logging an interaction updates each participant’s summary once, and the card’s scores and trend', async () => {
    const org = await createDistinct(api, rep, organisation({ lifecycle: 'prospect' }));
    const other = await createDistinct(api, rep, organisation());
    await logAt(api, rep, [org.id], daysAgo(100));
    const before = await scoresOf(api, rep, org.id);
    expect(before.risk.reasons).toContain('no contact for 100 days');
    // Yesterday's close, so today's change shows as a trend.
    const stored = await api.app.deps.insight!.summaries.read(org.id);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await api.app.deps.insight!.summaries.write({ ...stored.value!, history: [[yesterday, before.opportunity.value, before.risk.value]] }, stored.etag);

    const email = { source: { kind: 'email', id: `<incr-${Date.now()}@client.fr>` } };
    const logged = await logAt(api, rep, [org.id, other.id], daysAgo(0), email);
    const repeat = await api.call('POST', '/api/interactions', {
      token: rep, body: { direction: 'inbound', medium: 'email', occurredAt: daysAgo(0), participants: [{ tierId: org.id }, { tierId: other.id }], ...email },
    });
    expect(repeat.status).toBe(200);

    const summary = await summaryOf(org.id);
    expect(summary.activity.recent.filter((e) => logged.id.startsWith(e[0]))).toHaveLength(1);
    expect(summary.activity.recent).toHaveLength(2);
    expect(summary.history.at(-1)?.[0]).toBe(today());
    expect((await summaryOf(other.id)).activity.recent).toHaveLength(1);

    const after = await scoresOf(api, rep, org.id);
    expect(after.risk.reasons).not.toContain('no contact for 100 days');
    expect(after.opportunity.reasons).toContain('1 inbound contact in the last 30 days');
    expect(after.risk.trend).toMatchObject({ previous: before.risk.value, delta: after.risk.value - before.risk.value, since: yesterday });
    expect(after.opportunity.trend.delta).toBeGreaterThan(0);
  });

  it('a task done or rescheduled changes the overdue follow-ups', async () => {
    const org = await createDistinct(api, rep, organisation());
    const task = await api.call('POST', '/api/tasks', { token: rep, body: { title: 'Rappeler', dueDate: daysAgo(2).slice(0, 10), tierIds: [org.id] } });
    expect((await scoresOf(api, rep, org.id)).risk.reasons).toContain('1 overdue follow-up');
    expect((await summaryOf(org.id)).openTasks).toEqual([{ id: task.body.id, due: daysAgo(2).slice(0, 10) }]);
    const done = await api.call('PATCH', `/api/tasks/${task.body.id}`, { token: rep, body: { status: 'done' }, headers: { 'if-match': task.headers.get('etag')! } });
    expect(done.status).toBe(200);
    expect((await summaryOf(org.id)).openTasks).toEqual([]);
    expect((await scoresOf(api, rep, org.id)).risk.reasons).not.toContain('1 overdue follow-up');
  });

  it('a fact change refreshes the summary (lifecycle), and a retried fan-out changes nothing', async () => {
    const steward = await api.tokenFor({ userId: 'st1', name: 'Sam Steward', roles: ['steward'], teams: ['north'] });
    const org = await createDistinct(api, rep, organisation({ lifecycle: 'prospect' }));
    const read = await api.call('GET', `/api/tiers/${org.id}`, { token: steward });
    const patched = await api.call('PATCH', `/api/tiers/${org.id}`, { token: steward, body: { lifecycle: 'client' }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(patched.status).toBe(200);
    const summary = await summaryOf(org.id);
    expect(summary.facts.filter((f) => f.name === 'lifecycle').map((f) => [f.value, f.to === null])).toEqual([['client', true], ['prospect', false]]);
    expect((await scoresOf(api, rep, org.id)).opportunity.reasons).toContain('lifecycle: client');
  });
});
