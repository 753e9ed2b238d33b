import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { legacyCrmMapping } from '@relais/domain';
import { importCsv } from '../../functions/src/import/import-csv';
import { startApi, type TestApi } from '../support/api-harness';

jest.setTimeout(300_000);

const LEGACY = readFileSync(join(__dirname, '..', 'fixtures', 'legacy', 'legacy-crm-export.csv'));
const lines = LEGACY.toString('latin1').split('\n');
const sample = Buffer.from(`${lines.slice(0, 41).join('\n')}\n`, 'latin1');
const caller = { userId: 'st-staging', name: 'Sacha Steward', roles: ['steward' as const], teams: [] };

// An API without a worker: whatever the import queued or marked would stay where this test can see it.
let api: TestApi;
beforeAll(async () => {
  api = await startApi({ RELAIS_ROLE: 'api' });
});
afterAll(() => api.stop());

describe('the importer completes its loggings in its own batches', () => {
  it('queues nothing and marks nothing pending, in a dry run or a run, for the notes it logs', async () => {
    const deps = api.app.deps;
    const run = (dryRun: boolean) => importCsv(deps, async function* () { yield sample; }, { caller, lang: 'fr', mapping: legacyCrmMapping, dryRun });
    const dry = await run(true);
    expect(dry.notes.logged).toBeGreaterThan(0);
    expect(await deps.background!.pending.stale('interaction', '9999-12-31T00:00:00Z', 10)).toEqual([]);
    const done = await run(false);
    expect(done.notes.logged).toBe(dry.notes.logged);
    expect(await deps.background!.pending.stale('interaction', '9999-12-31T00:00:00Z', 10)).toEqual([]);
  });
});
