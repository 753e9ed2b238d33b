import { createTier, type Caller, type Deps } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';

/**
 * A retention hold keeps an expired tier: stored on the tier, audited, reported by the retention job
 * under `held`, and never erased or archived by it until a steward releases it.
 */
const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

const steward: Caller = { userId: 'steward-h', name: 'Hugo Steward', roles: ['steward'], teams: ['north'] };

type Job = { status: string; result?: { expired: { tierId: string }[]; held: { tierId: string; rule: string; hold: { reason: string; heldBy: string } }[]; applied: { tierId: string; action: string }[] } };

let api: TestApi;
let stewardToken: string;
let repToken: string;
let kept: string;
let other: string;

const prospect = async (name: string) => {
  const at: Deps = { ...api.app.deps, clock: { now: () => ago(5 * 365) } };
  return (await createTier(at, steward, { kind: 'organisation', names: [{ type: 'legal', value: name }], lifecycle: 'prospect' }, { idempotencyKey: name })).value.id;
};
const run = async (dryRun: boolean) => {
  const started = await api.call<{ id: string }>('POST', '/api/retention/runs', { token: stewardToken, body: { dryRun } });
  expect(started.status).toBe(202);
  await api.drain();
  const job = await api.call<Job>('GET', started.headers.get('location')!, { token: stewardToken });
  expect(job.body.status).toBe('succeeded');
  return job.body.result!;
};

beforeAll(async () => {
  api = await startApi();
  stewardToken = await api.tokenFor({ userId: steward.userId, name: steward.name, roles: ['steward'], teams: ['north'] });
  repToken = await api.tokenFor({ userId: 'rep-h', name: 'Rémi', roles: ['rep'], teams: ['north'] });
  kept = await prospect('Tuilerie en litige');
  other = await prospect('Prospect oublié');
}, 60_000);
afterAll(() => api.stop());

it('refuses a hold from a rep, without a reason, with unknown fields or on an unknown tier, writing nothing', async () => {
  const byRep = await api.call('PUT', `/api/tiers/${kept}/retention-hold`, { token: repToken, body: { reason: 'Litige en cours' } });
  expect(byRep.status).toBe(403);
  expect(byRep.body.code).toBe('RETENTION.HOLD_FORBIDDEN');
  const empty = await api.call('PUT', `/api/tiers/${kept}/retention-hold`, { token: stewardToken, body: { reason: ' ', until: 'never' } });
  expect(empty.status).toBe(400);
  const named = (empty.body.errors as { path: string; message: string }[]).map((e) => `${e.path}: ${e.message}`).join(' | ');
  expect(named).toMatch(/^reason: |\| reason: /);
  expect(named).toContain('until');
  expect((await api.call('PUT', '/api/tiers/nope-0000/retention-hold', { token: stewardToken, body: { reason: 'Litige en cours' } })).status).toBe(404);
  const byPatch = await api.call('GET', `/api/tiers/${kept}`, { token: stewardToken });
  expect(byPatch.body.retentionHold).toBeUndefined();
  const patched = await api.call('PATCH', `/api/tiers/${kept}`, { token: stewardToken, body: { retentionHold: { reason: 'x', heldBy: 'me', heldAt: ago(0) } }, headers: { 'if-match': byPatch.headers.get('etag')! } });
  expect(patched.status).toBe(400);
});

it('a held tier is reported as held by the dry run and survives the applied run; the other expired tier is erased', async () => {
  const held = await api.call('PUT', `/api/tiers/${kept}/retention-hold`, { token: stewardToken, body: { reason: 'Litige en cours devant le tribunal de commerce' } });
  expect(held.status).toBe(200);
  expect(held.body).toMatchObject({ tierId: kept, hold: { reason: 'Litige en cours devant le tribunal de commerce', heldBy: steward.userId } });
  expect((await api.call('GET', `/api/tiers/${kept}`, { token: stewardToken })).body.retentionHold).toMatchObject({ reason: 'Litige en cours devant le tribunal de commerce' });

  const dry = await run(true);
  expect(dry.expired.map((e) => e.tierId)).toEqual([other]);
  expect(dry.held).toEqual([expect.objectContaining({ tierId: kept, rule: 'prospect-no-contact', hold: expect.objectContaining({ heldBy: steward.userId }) })]);

  const applied = await run(false);
  expect(applied.applied).toEqual([{ tierId: other, action: 'erased' }]);
  expect((await api.call('GET', `/api/tiers/${kept}`, { token: stewardToken })).status).toBe(200);
  expect([404, 410]).toContain((await api.call('GET', `/api/tiers/${other}`, { token: stewardToken })).status);

  const trail = await api.call<{ items: { action: string; actorId: string; details: { reason?: string } }[] }>('GET', `/api/audit?tierId=${kept}`, { token: await api.tokenFor({ userId: 'admin-h', name: 'Ada', roles: ['admin'], teams: [] }) });
  expect(trail.body.items.filter((r) => r.action === 'tier.retention-held')).toEqual([expect.objectContaining({ actorId: steward.userId, details: { reason: 'Litige en cours devant le tribunal de commerce' } })]);
});

it('released, the tier is expired again at the next run', async () => {
  const released = await api.call('DELETE', `/api/tiers/${kept}/retention-hold`, { token: stewardToken });
  expect(released.status).toBe(200);
  expect(released.body).toEqual({ tierId: kept, hold: null });
  const dry = await run(true);
  expect(dry.held).toEqual([]);
  expect(dry.expired.map((e) => e.tierId)).toEqual([kept]);
});

it('honours the ETag a steward read when one is sent: stale answers 412, * answers 428, and nothing changes', async () => {
  const audited = await prospect('Scierie sous contrôle');
  const read = await api.call('GET', `/api/tiers/${audited}`, { token: stewardToken });
  const etag = read.headers.get('etag')!;
  const wildcard = await api.call('PUT', `/api/tiers/${audited}/retention-hold`, { token: stewardToken, body: { reason: 'Contrôle fiscal en cours' }, headers: { 'if-match': '*' } });
  expect([wildcard.status, wildcard.body.code]).toEqual([428, 'CONCURRENCY.IF_MATCH_WILDCARD']);
  const held = await api.call('PUT', `/api/tiers/${audited}/retention-hold`, { token: stewardToken, body: { reason: 'Contrôle fiscal en cours' }, headers: { 'if-match': etag } });
  expect(held.status).toBe(200);
  const stale = await api.call('DELETE', `/api/tiers/${audited}/retention-hold`, { token: stewardToken, headers: { 'if-match': etag } });
  expect([stale.status, stale.body.code]).toEqual([412, 'CONCURRENCY.STALE']);
  const releasedBlindly = await api.call('DELETE', `/api/tiers/${audited}/retention-hold`, { token: stewardToken, headers: { 'if-match': '*' } });
  expect(releasedBlindly.status).toBe(428);
  expect((await api.call('GET', `/api/tiers/${audited}`, { token: stewardToken })).body.retentionHold).toMatchObject({ reason: 'Contrôle fiscal en cours' });
});
