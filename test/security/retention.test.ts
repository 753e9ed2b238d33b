import type { InvocationContext, Timer } from '@azure/functions';
import { createTier, logInteraction, runRetention, updateTier, type Caller, type Deps } from '@relais/domain';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { retentionTimer } from '../../functions/src/timers/retention.timer';
import { startApi, type TestApi } from '../support/api-harness';

/**
 * A base seeded through the use cases at past dates (each write with its own clock), with dated
 * interactions: the CNIL rules (délibération 2021-131) must select exactly the tiers whose time is up.
 */
const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
const YEAR = 365;

const steward: Caller = { userId: 'steward-r', name: 'Rita Steward', roles: ['steward'], teams: ['north'] };

let api: TestApi;
const seedIn = async (target: TestApi) => {
  const at = (iso: string): Deps => ({ ...target.app.deps, clock: { now: () => iso } });
  const org = async (name: string, createdDaysAgo: number, lifecycle?: string) =>
    (await createTier(at(ago(createdDaysAgo)), steward, { kind: 'organisation', names: [{ type: 'legal', value: name }], ...(lifecycle ? { lifecycle } : {}) }, { idempotencyKey: name })).value;
  const contact = (tierId: string, daysAgo: number, direction: 'inbound' | 'outbound', medium: string) =>
    logInteraction(target.app.deps, steward, { direction, medium, occurredAt: ago(daysAgo), subject: 'Échange', participants: [{ tierId }] });
  const move = async (tierId: string, lifecycle: string, daysAgo: number) => {
    const current = await target.app.deps.tiers.get(tierId);
    await updateTier(at(ago(daysAgo)), steward, tierId, { lifecycle }, current!.etag);
  };

  const oldProspect = await org('Prospect sans nouvelles', 5 * YEAR, 'prospect');
  await contact(oldProspect.id, 4 * YEAR, 'inbound', 'email');
  const recentProspect = await org('Prospect récent', 5 * YEAR, 'prospect');
  await contact(recentProspect.id, YEAR, 'inbound', 'email');
  const unanswered = await org('Prospect relancé sans réponse', 5 * YEAR, 'prospect');
  await contact(unanswered.id, 4 * YEAR, 'inbound', 'phone');
  await contact(unanswered.id, 100, 'outbound', 'email');
  await contact(unanswered.id, 90, 'outbound', 'letter');
  const called = await org('Prospect appelé', 5 * YEAR, 'prospect');
  await contact(called.id, 200, 'outbound', 'phone');
  const client = await org('Client actif', 6 * YEAR, 'client');
  const lostLongAgo = await org('Ancien client', 6 * YEAR, 'client');
  await move(lostLongAgo.id, 'former', 4 * YEAR);
  const lostLastYear = await org('Client perdu', 6 * YEAR, 'client');
  await move(lostLastYear.id, 'former', YEAR);
  const clientContact = (
    await createTier(at(ago(6 * YEAR)), steward, { kind: 'person', firstName: 'Paul', lastName: 'Comptable', organisationId: client.id }, { idempotencyKey: 'paul' })
  ).value;
  const forgotten = (await createTier(at(ago(5 * YEAR)), steward, { kind: 'person', firstName: 'Oubliée', lastName: 'Depuis', lifecycle: 'prospect' }, { idempotencyKey: 'o' })).value;
  const fresh = await org('Nouveau prospect', 0, 'prospect');
  return { oldProspect, recentProspect, unanswered, called, client, lostLongAgo, lostLastYear, clientContact, forgotten, fresh };
};

let seeded: Awaited<ReturnType<typeof seedIn>>;
let rep: string;
let stewardToken: string;
beforeAll(async () => {
  api = await startApi();
  seeded = await seedIn(api);
  rep = await api.tokenFor({ userId: 'rep-r', name: 'Rémi', roles: ['rep'], teams: ['north'] });
  stewardToken = await api.tokenFor({ userId: 'steward-r', name: 'Rita Steward', roles: ['steward'], teams: ['north'] });
}, 60_000);
afterAll(() => api.stop());

const expiredIds = () => [seeded.oldProspect.id, seeded.unanswered.id, seeded.lostLongAgo.id, seeded.forgotten.id].sort();

describe('CNIL retention', () => {
  it('selects prospects without contact for 3 years and clients 3 years after the end, nothing else (dry run)', async () => {
    const report = await runRetention(api.app.deps, { dryRun: true });
    expect(report.scanned).toBe(10);
    expect(report.expired.map((e) => e.tierId).sort()).toEqual(expiredIds());
    expect(report.expired.find((e) => e.tierId === seeded.lostLongAgo.id)).toMatchObject({ rule: 'client-after-end' });
    expect(report.expired.find((e) => e.tierId === seeded.unanswered.id)).toMatchObject({ rule: 'prospect-no-contact' });
    expect(report).toMatchObject({ dryRun: true, applied: [], policy: { prospectYears: 3, clientYearsAfterEnd: 3, action: 'erase' } });
    expect((await api.call('GET', `/api/tiers/${seeded.oldProspect.id}`, { token: rep })).status).toBe(200);
  });

  it('shows on the card when the tier will expire, and why', async () => {
    const card = await api.call('GET', `/api/tiers/${seeded.recentProspect.id}/card`, { token: rep, headers: { 'accept-language': 'fr' } });
    const expires = new Date(Date.parse(ago(YEAR)));
    expires.setUTCFullYear(expires.getUTCFullYear() + 3);
    expect(card.body.retention).toMatchObject({ rule: 'prospect-no-contact', expired: false, expiresAt: expires.toISOString().slice(0, 10) });
    expect(card.body.retention.label).toMatch(/^Expire le \d\d\/\d\d\/\d{4} : prospect sans contact depuis 3 ans$/);
    const client = await api.call('GET', `/api/tiers/${seeded.client.id}/card`, { token: rep });
    expect(client.body.retention).toMatchObject({ rule: 'active-client', expiresAt: null, label: 'Kept while the business relationship lasts' });
    const contact = await api.call('GET', `/api/tiers/${seeded.clientContact.id}/card`, { token: rep });
    expect(contact.body.retention.rule).toBe('active-client');
  });

  it('the CLI prints the same dry-run report as JSON', async () => {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/retention.ts', '--dry-run'], {
      env: { ...process.env, RELAIS_STORAGE_CONNECTION_STRING: process.env.RELAIS_TEST_STORAGE, RELAIS_TABLE_PREFIX: api.app.stores.tables.prefix },
      timeout: 60_000,
    });
    const report = JSON.parse(stdout);
    expect(report.dryRun).toBe(true);
    expect(report.expired.map((e: { tierId: string }) => e.tierId).sort()).toEqual(expiredIds());
  }, 90_000);

  it('the daily timer starts the retention job (once a day), whose report holds ids only', async () => {
    const log = jest.fn();
    const context = { log, error: jest.fn() } as unknown as InvocationContext;
    const timer = retentionTimer(async () => api.app, { RELAIS_RETENTION_TIMER: 'dry-run' });
    expect(timer.schedule).toBe('0 30 2 * * *');
    await timer.handler({} as Timer, context);
    await timer.handler({} as Timer, context);
    const [first, second] = log.mock.calls.map((call) => call[1] as string);
    expect(second).toBe(first);
    await api.drain();
    const job = await api.call('GET', `/api/jobs/${first}`, { token: stewardToken });
    expect(job.body).toMatchObject({ kind: 'retention', status: 'succeeded' });
    expect(job.body.result.expired.map((e: { tierId: string }) => e.tierId).sort()).toEqual(expiredIds());
    expect(JSON.stringify(job.body.result)).not.toMatch(/Prospect sans|Oubliée|Ancien client/);
  });

  it('POST /api/retention/runs runs the same as a job, dry run included', async () => {
    const job = await api.job(await api.call('POST', '/api/retention/runs', { token: stewardToken, body: { dryRun: true } }), stewardToken);
    expect(job.body).toMatchObject({ kind: 'retention', status: 'succeeded', result: { dryRun: true } });
    expect(job.body.result.expired.map((e: { tierId: string }) => e.tierId).sort()).toEqual(expiredIds());
    expect(job.body.progress.done).toBe(job.body.progress.total);
  });

  it('erases what expired when applied, and audits it', async () => {
    const report = await runRetention(api.app.deps, { dryRun: false });
    expect(report.applied.map((a) => a.tierId).sort()).toEqual(expiredIds());
    expect(report.failures).toEqual([]);
    for (const id of expiredIds()) expect((await api.call('GET', `/api/tiers/${id}`, { token: stewardToken })).status).toBe(410);
    for (const kept of [seeded.recentProspect, seeded.called, seeded.client, seeded.lostLastYear, seeded.clientContact, seeded.fresh])
      expect((await api.call('GET', `/api/tiers/${kept.id}`, { token: rep })).status).toBe(200);
    const records = await api.app.deps.audit!.query({ tierId: seeded.oldProspect.id, limit: 10 });
    expect(records.items[0]).toMatchObject({ action: 'tier.erased', actorId: 'relais-retention', details: { reason: 'retention' } });
    expect((await runRetention(api.app.deps, { dryRun: true })).expired).toEqual([]);
  });
});

describe('CNIL retention set to archive', () => {
  it('takes expired tiers out of sight, for stewards only', async () => {
    const archiving = await startApi({ RELAIS_RETENTION_ACTION: 'archive' });
    try {
      const tiers = await seedIn(archiving);
      const token = await archiving.tokenFor({ userId: 'rep-a', name: 'Rémi', roles: ['rep'], teams: ['north'] });
      const stewardOnly = await archiving.tokenFor({ userId: 'st-a', name: 'Rita', roles: ['steward'] });
      const report = await runRetention(archiving.app.deps, { dryRun: false });
      expect(report.applied).toContainEqual({ tierId: tiers.oldProspect.id, action: 'archived' });
      expect((await archiving.call('GET', `/api/tiers/${tiers.oldProspect.id}`, { token })).status).toBe(404);
      expect((await archiving.call('GET', '/api/tiers?q=prospect%20sans%20nouvelles', { token })).body.items).toEqual([]);
      const kept = await archiving.call('GET', `/api/tiers/${tiers.oldProspect.id}`, { token: stewardOnly });
      expect([kept.status, kept.body.status, kept.body.names[0].value]).toEqual([200, 'archived', 'Prospect sans nouvelles']);
      const patch = await archiving.call('PATCH', `/api/tiers/${tiers.oldProspect.id}`, { token: stewardOnly, body: { website: 'https://x.fr' }, headers: { 'if-match': kept.headers.get('etag')! } });
      expect([patch.status, patch.body.code]).toEqual([409, 'TIER.ARCHIVED']);
      const adminToken = await archiving.tokenFor({ userId: 'ad-a', name: 'Alix', roles: ['admin'] });
      const trail = await archiving.call('GET', `/api/audit?tierId=${tiers.oldProspect.id}`, { token: adminToken });
      expect(trail.body.items[0]).toMatchObject({ action: 'tier.archived', targetId: tiers.oldProspect.id, details: { reason: 'retention' } });
    } finally {
      await archiving.stop();
    }
  }, 60_000);
});
