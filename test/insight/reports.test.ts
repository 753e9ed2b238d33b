import { createTier, loadVisibleTier, logInteraction, updateTask, updateTier, type Caller, type Deps } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { organisation } from '../support/factories';

let api: TestApi;
const rep1: Caller = { userId: 'rep1', name: 'Rémi Nord', roles: ['rep'], teams: ['north'] };
const rep2: Caller = { userId: 'rep2', name: 'Rose Sud', roles: ['rep'], teams: ['south'] };
const steward: Caller = { userId: 'st1', name: 'Sam Steward', roles: ['steward'], teams: ['north'] };
const tokens: Record<string, string> = {};

const at = (iso: string): Deps => ({ ...api.app.deps, clock: { now: () => iso } });
const log = (caller: Caller, occurredAt: string, tierId: string, more: Record<string, unknown> = {}) =>
  logInteraction(at(occurredAt), caller, { direction: 'inbound', medium: 'email', occurredAt, participants: [{ tierId }], ...more });

/**
 * A known quarter (2026 Q1) with activity on both sides of its bounds. Expected for [2026-01-01, 2026-04-01):
 * rep1 — 4 interactions (2 in, 2 out, 1 meeting), 2 follow-ups created, 1 done on time, 1 overdue, 3 new tiers, 1 prospect → client;
 * rep2 — 2 interactions (1 in, 1 out, 1 meeting), 1 follow-up created and done late (so overdue), 1 new tier.
 */
const seed = async () => {
  const [a, b, prospect] = await Promise.all(
    [organisation(), organisation(), organisation({ lifecycle: 'prospect' })].map(async (d) => (await createTier(at('2026-01-03T09:00:00Z'), rep1, d, { confirm: 'distinct' })).value),
  );
  const south = (await createTier(at('2026-02-01T09:00:00Z'), rep2, organisation({ ownerTeam: 'south' }), { confirm: 'distinct' })).value;
  await log(rep1, '2025-12-31T10:00:00+01:00', a.id);
  const first = await log(rep1, '2026-01-05T09:00:00+01:00', a.id, { source: { kind: 'email', id: '<q1-first@client.fr>' }, tasks: [{ title: 'Envoyer la doc', dueDate: '2026-01-10' }] });
  await log(rep1, '2026-01-05T09:00:00+01:00', a.id, { source: { kind: 'email', id: '<q1-first@client.fr>' } });
  await log(rep1, '2026-01-05T15:00:00+01:00', b.id, { direction: 'outbound', medium: 'phone' });
  const meeting = await log(rep1, '2026-01-12T10:00:00+01:00', b.id, { direction: 'outbound', medium: 'meeting', tasks: [{ title: 'Proposition', dueDate: '2026-01-20' }] });
  await log(rep1, '2026-03-31T23:30:00+02:00', a.id);
  await log(rep1, '2026-04-01T00:30:00+02:00', a.id, { direction: 'outbound' });
  const task = await api.app.deps.tasks.get(meeting.value.taskIds[0]!);
  await updateTask(at('2026-01-19T17:00:00Z'), rep1, task!.value.id, { status: 'done' }, task!.etag);
  expect(first.created).toBe(true);
  const webForm = await log(rep2, '2026-02-10T11:00:00+01:00', south.id, { medium: 'web-form', tasks: [{ title: 'Rappeler', dueDate: '2026-02-15' }] });
  await log(rep2, '2026-02-11T11:00:00+01:00', south.id, { direction: 'outbound', medium: 'face-to-face' });
  const late = await api.app.deps.tasks.get(webForm.value.taskIds[0]!);
  await updateTask(at('2026-02-20T09:00:00Z'), rep2, late!.value.id, { status: 'done' }, late!.etag);
  const current = await loadVisibleTier(api.app.deps, steward, prospect.id);
  await updateTier(at('2026-03-02T09:00:00Z'), steward, prospect.id, { lifecycle: 'client' }, current.etag);
};

beforeAll(async () => {
  api = await startApi();
  for (const [key, user] of Object.entries({ rep1, rep2, steward, manager: { userId: 'man1', name: 'Manon', roles: ['manager'], teams: ['north'] }, admin: { userId: 'adm', name: 'Ada', roles: ['admin'], teams: [] } }))
    tokens[key] = await api.tokenFor(user as { userId: string; name: string; roles: ('rep' | 'manager' | 'steward' | 'admin')[]; teams: string[] });
  await seed();
}, 60_000);
afterAll(() => api.stop());

const report = async (token: string, query: string) => {
  const response = await api.call('GET', `/api/reports/activity?${query}`, { token });
  if (response.status !== 200) throw new Error(`report ${response.status}: ${response.text}`);
  return response.body as { rows: Record<string, number | string>[]; totals: Record<string, number> };
};
const Q1 = 'from=2026-01-01&to=2026-04-01';
const figures = ({ key, interactions, inbound, outbound, meetings, tasksCreated, tasksDone, tasksOverdue, newTiers, prospectToClient }: Record<string, number | string>) =>
  ({ key, interactions, inbound, outbound, meetings, tasksCreated, tasksDone, tasksOverdue, newTiers, prospectToClient });

describe('GET /api/reports/activity', () => {
  it('counts a quarter by rep, by occurredAt in [from, to), once per interaction', async () => {
    const { rows, totals } = await report(tokens.admin!, `${Q1}&groupBy=rep`);
    expect(rows.map(figures)).toEqual([
      { key: 'rep1', interactions: 4, inbound: 2, outbound: 2, meetings: 1, tasksCreated: 2, tasksDone: 1, tasksOverdue: 1, newTiers: 3, prospectToClient: 1 },
      { key: 'rep2', interactions: 2, inbound: 1, outbound: 1, meetings: 1, tasksCreated: 1, tasksDone: 1, tasksOverdue: 1, newTiers: 1, prospectToClient: 0 },
    ]);
    expect(rows[0]!.label).toBe('Rémi Nord');
    expect(totals).toMatchObject({ interactions: 6, tasksOverdue: 2, newTiers: 4 });
  });

  it('groups by team, medium, direction and ISO week', async () => {
    expect((await report(tokens.admin!, `${Q1}&groupBy=team`)).rows.map((r) => [r.key, r.interactions])).toEqual([['north', 4], ['south', 2]]);
    expect((await report(tokens.admin!, `${Q1}&groupBy=medium`)).rows.map((r) => [r.key, r.interactions, r.inbound, r.outbound])).toEqual([
      ['email', 2, 2, 0], ['face-to-face', 1, 0, 1], ['meeting', 1, 0, 1], ['phone', 1, 0, 1], ['web-form', 1, 1, 0],
    ]);
    expect((await report(tokens.admin!, `${Q1}&groupBy=direction`)).rows.map((r) => [r.key, r.interactions])).toEqual([['inbound', 3], ['outbound', 3]]);
    const weeks = (await report(tokens.admin!, `${Q1}&groupBy=week`)).rows.filter((r) => Number(r.interactions) > 0).map((r) => [r.key, r.interactions]);
    expect(weeks).toEqual([['2026-W02', 2], ['2026-W03', 1], ['2026-W07', 2], ['2026-W14', 1]]);
    expect((await report(tokens.admin!, 'from=2026-04-01&to=2026-04-02')).totals.interactions).toBe(1);
  });

  it('shows reps their own activity, managers their teams’, and refuses the rest', async () => {
    expect((await report(tokens.rep2!, `${Q1}&groupBy=rep`)).rows.map((r) => r.key)).toEqual(['rep2']);
    expect((await report(tokens.manager!, `${Q1}&groupBy=rep`)).rows.map((r) => r.key)).toEqual(['rep1']);
    expect((await report(tokens.manager!, `${Q1}&rep=rep1`)).totals.interactions).toBe(4);
    expect((await api.call('GET', `/api/reports/activity?${Q1}&rep=rep1`, { token: tokens.rep2! })).status).toBe(403);
    expect((await report(tokens.rep1!, `${Q1}&rep=me`)).totals.interactions).toBe(4);
  });

  it('reads whole past months as one row each, and a month written since it was built counts the new figures', async () => {
    const months = await api.app.deps.insight!.activity.rollups('2026-01-01', '2026-04-01', 'month');
    expect(months.map((m) => [m.value.day, m.stale])).toEqual([['2026-01', false], ['2026-02', false], ['2026-03', false]]);
    const other = (await createTier(at('2026-02-03T09:00:00Z'), rep2, organisation({ ownerTeam: 'south' }), { confirm: 'distinct' })).value;
    await log(rep2, '2026-02-15T10:00:00+01:00', other.id, { medium: 'phone' });
    await api.drain(); // the activity counters are completed by the queued fan-out
    // Half a month at each end: days; the whole month between: its monthly row.
    const { rows, totals } = await report(tokens.admin!, 'from=2026-01-15&to=2026-03-15&groupBy=rep');
    expect(figures(rows.find((r) => r.key === 'rep2')!)).toMatchObject({ interactions: 3, newTiers: 2, tasksCreated: 1, tasksDone: 1, tasksOverdue: 1 });
    expect(figures(rows.find((r) => r.key === 'rep1')!)).toMatchObject({ interactions: 0, tasksDone: 1, tasksOverdue: 0 });
    expect(totals.interactions).toBe(3);
    expect((await report(tokens.admin!, `${Q1}&groupBy=rep`)).totals).toMatchObject({ interactions: 7, newTiers: 5 });
  });

  it('refuses a period that ends before it starts, or a malformed date, naming the field', async () => {
    const backwards = await api.call('GET', '/api/reports/activity?from=2026-04-01&to=2026-01-01', { token: tokens.admin! });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toBe('to');
    const malformed = await api.call('GET', '/api/reports/activity?from=2026-02-30&to=2026-04-01', { token: tokens.admin! });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].path).toBe('from');
  });

  it('gives a manager the weekly digest: last week against the week before', async () => {
    const digest = await api.call('GET', '/api/reports/weekly-digest?day=2026-01-14', { token: tokens.manager! });
    expect(digest.status).toBe(200);
    expect(digest.body).toMatchObject({ week: '2026-W02', from: '2026-01-05', to: '2026-01-12', totals: { interactions: 2 }, previousTotals: { interactions: 1, newTiers: 3 } });
    expect((await api.call('GET', '/api/reports/weekly-digest', { token: tokens.rep1! })).status).toBe(403);
  });
});
