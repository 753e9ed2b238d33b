import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCsv } from '../../functions/src/import/import-csv';
import { legacyCrmMapping } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';
import { create, interaction, organisation, person } from '../support/factories';

const LEGACY = readFileSync(join(__dirname, '..', 'fixtures', 'legacy', 'legacy-crm-export.csv'));
/** The legacy export's header and its first rows: enough for several chunks of 25 records. */
const sample = (rows: number) => {
  const lines = LEGACY.toString('latin1').split('\n');
  return Buffer.from(`${lines.slice(0, rows + 1).join('\n')}\n`, 'latin1');
};

let api: TestApi;
let steward: string;
let otherSteward: string;
let admin: string;
let rep: string;
let manager: string;
beforeAll(async () => {
  api = await startApi({ RELAIS_IMPORT_CHUNK_ROWS: '25', RELAIS_MERGE_INLINE_MOVES: '3' });
  [steward, otherSteward, admin, rep, manager] = await Promise.all([
    api.tokenFor({ userId: 'st-jobs', name: 'Sacha Steward', roles: ['steward'] }),
    api.tokenFor({ userId: 'st-other', name: 'Solène Steward', roles: ['steward'] }),
    api.tokenFor({ userId: 'ad-jobs', name: 'Adam Admin', roles: ['admin'] }),
    api.tokenFor({ userId: 'rep-jobs', name: 'Rose Rep', roles: ['rep'], teams: ['north'] }),
    api.tokenFor({ userId: 'mg-jobs', name: 'Max Manager', roles: ['manager'], teams: ['north'] }),
  ]);
});
afterAll(() => api.stop());

describe('jobs: 202, Location, then GET /api/jobs/{id}', () => {
  it('an erasure runs as a job: queued at once, then succeeded with its report; the person is gone', async () => {
    const who = await create(api, rep, person({ lastName: 'Effaçable' }));
    const org = await create(api, rep, organisation());
    expect((await api.call('POST', '/api/interactions', { token: rep, body: interaction([who.id, org.id]) })).status).toBe(201);
    await api.drain();
    const started = await api.call('POST', `/api/persons/${who.id}/erase`, { token: steward });
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/jobs/${started.body.id}`);
    expect(started.body).toEqual({ id: started.body.id, kind: 'erasure', status: 'queued', progress: { done: 0, total: 1 } });
    const done = await api.job(started, steward);
    expect(done.body).toMatchObject({ kind: 'erasure', status: 'succeeded', progress: { done: 1, total: 1 }, result: { tierId: who.id, alreadyErased: false, interactions: 1 } });
    expect((await api.call('GET', `/api/tiers/${who.id}`, { token: steward })).status).toBe(410);
  });

  it('answers bad requests at once, not as failed jobs', async () => {
    const who = await create(api, rep, person());
    expect((await api.call('POST', `/api/persons/${who.id}/erase`, { token: rep })).status).toBe(403);
    expect((await api.call('POST', '/api/persons/no-such-person/erase', { token: steward })).status).toBe(404);
    expect((await api.call('POST', '/api/retention/runs', { token: rep, body: {} })).status).toBe(403);
    const bad = await api.call('POST', '/api/retention/runs', { token: steward, body: { dryRun: 'yes', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['dryRun', 'extra']);
    expect((await api.call('POST', '/api/repair', { token: steward })).status).toBe(403);
    expect((await api.call('GET', '/api/jobs/no-such-job', { token: admin })).status).toBe(404);
  });

  it('a job is seen by its requester, stewards and admins only; to anyone else it does not exist', async () => {
    const who = await create(api, rep, person());
    const started = await api.call('POST', `/api/persons/${who.id}/export`, { token: steward });
    expect(started.status).toBe(202);
    await api.drain();
    const path = started.headers.get('location')!;
    for (const token of [steward, otherSteward, admin]) expect((await api.call('GET', path, { token })).status).toBe(200);
    for (const token of [rep, manager]) {
      const hidden = await api.call('GET', path, { token });
      expect([hidden.status, hidden.body.code]).toEqual([404, 'JOB.NOT_FOUND']);
    }
  });

  it('the access export as a job has the same JSON as GET /api/persons/{id}/export', async () => {
    const who = await create(api, rep, person({ lastName: 'Exportable' }));
    const direct = await api.call('GET', `/api/persons/${who.id}/export`, { token: steward });
    const job = await api.job(await api.call('POST', `/api/persons/${who.id}/export`, { token: steward }), steward);
    expect(job.body.status).toBe('succeeded');
    const { exportedAt: _a, audit: _x, ...fromJob } = job.body.result as Record<string, unknown>;
    const { exportedAt: _b, audit: _y, ...fromGet } = direct.body as Record<string, unknown>;
    expect(fromJob).toEqual(fromGet);
  });

  it('an import runs in chunks with progress, and ends as one import of the whole file would', async () => {
    const file = sample(60);
    const started = await api.call('POST', '/api/imports', { token: steward, raw: file as unknown as string, headers: { 'content-type': 'text/csv' } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'import', status: 'queued', progress: { done: 0, total: 60 } });
    const done = await api.job(started, steward);
    expect(done.body).toMatchObject({ status: 'succeeded', progress: { done: 60, total: 60 } });
    const stored = await api.app.deps.background!.jobs.get(started.body.id);
    expect(stored!.value.chunk).toBe(3); // 25 + 25 + 10 records
    // The same file imported in one go into another base: the same report, count for count.
    const alone = await startApi();
    try {
      const caller = { userId: 'st-jobs', name: 'Sacha Steward', roles: ['steward' as const], teams: [] };
      const oneGo = await importCsv(alone.app.deps, async function* () { yield file; }, { caller, lang: 'fr', mapping: legacyCrmMapping, dryRun: false });
      const report = done.body.result as typeof oneGo;
      // Rows and what was created are the same; only how a repeat across a chunk's edge is classed may differ.
      expect(report.rows).toEqual(oneGo.rows);
      expect([report.organisations.created, report.persons.created, report.notes.logged]).toEqual([oneGo.organisations.created, oneGo.persons.created, oneGo.notes.logged]);
      expect(report.rejected.map((r) => r.line)).toEqual(oneGo.rejected.map((r) => r.line));
      // Every row has its item, across the chunks' edges: in the report's first page and paged from the store.
      const lines = Array.from({ length: 60 }, (_, i) => i + 2);
      expect(report.items.items.map((i) => i.line)).toEqual(lines);
      expect(report.items.items.map((i) => i.outcome)).toEqual(oneGo.items.items.map((i) => i.outcome));
      expect(report.checkpoint).toEqual({ recordsDone: 60, complete: true });
      const paged = await api.call('GET', `/api/imports/${report.importId}/items?limit=200`, { token: steward });
      expect([paged.body.items.map((i: { line: number }) => i.line), paged.body.nextCursor]).toEqual([lines, null]);
      const progress = await api.call('GET', `/api/imports/${report.importId}`, { token: steward });
      expect(progress.body).toMatchObject({ recordsDone: 60, complete: true, counts: { rows: report.rows } });
    } finally {
      await alone.stop();
    }
    // Nothing duplicated: each imported SIRET finds one organisation.
    const search = await api.call('GET', '/api/tiers?q=71566859600201', { token: steward });
    expect(search.body.items).toHaveLength(1);
  }, 240_000);

  it('a vendor preset runs through the job too, and a second run of the file in chunks creates nothing', async () => {
    const companies = readFileSync(join(__dirname, '..', 'fixtures', 'imports', 'salesforce-accounts.csv'));
    const send = () => api.call('POST', '/api/imports?from=salesforce', { token: steward, raw: companies as unknown as string, headers: { 'content-type': 'text/csv' } });
    const first = await api.job(await send(), steward);
    expect(first.body.status).toBe('succeeded');
    const report = first.body.result as { rows: { read: number; imported: number; alreadyImported: number }; file: { columns: string[] } };
    expect(report.rows.imported).toBeGreaterThan(0);
    expect(report.file.columns).toContain('Account Name');
    const again = await api.job(await send(), steward);
    expect(again.body.result).toMatchObject({ rows: { read: report.rows.read, imported: 0 }, organisations: { created: 0 } });
  }, 240_000);

  it('a merge with more moves than one request takes answers 202, a small one 200', async () => {
    const survivor = await create(api, rep, organisation());
    const duplicate = await create(api, rep, organisation());
    for (let i = 0; i < 5; i += 1) await api.call('POST', '/api/interactions', { token: rep, body: interaction([duplicate.id], { subject: `Échange ${i}` }) });
    await api.drain();
    const merge = await api.call('POST', `/api/tiers/${survivor.id}/merge`, { token: steward, body: { duplicateId: duplicate.id } });
    expect(merge.status).toBe(202);
    expect(merge.body.progress).toEqual({ done: 0, total: 4 }); // counted up to the limit + 1
    const done = await api.job(merge, steward);
    expect(done.body).toMatchObject({ kind: 'merge', status: 'succeeded', result: { id: survivor.id } });
    const timeline = await api.call('GET', `/api/tiers/${survivor.id}/timeline?limit=50`, { token: rep });
    expect(timeline.body.items).toHaveLength(5);
    expect((await api.call('GET', `/api/tiers/${duplicate.id}`, { token: rep })).body).toMatchObject({ status: 'merged', mergedInto: survivor.id });
    const small = await create(api, rep, organisation());
    const inline = await api.call('POST', `/api/tiers/${survivor.id}/merge`, { token: steward, body: { duplicateId: small.id } });
    expect([inline.status, inline.body.id]).toEqual([200, survivor.id]);
  });

  it('the repair runs as a job for admins, page by page', async () => {
    const done = await api.job(await api.call('POST', '/api/repair', { token: admin }), admin);
    expect(done.body.status).toBe('succeeded');
    expect((done.body.result as { tiers: number }).tiers).toBeGreaterThan(5);
  }, 180_000);
});
