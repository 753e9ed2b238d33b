import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interactionRef, interactionTokens, legacyCrmMapping, refKey } from '@relais/domain';
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

describe('the importer posts what it writes as every other write does', () => {
  it('posts the notes it logs under their tokens, so an erasure finds them, and gives the addresses it writes their ids', async () => {
    const deps = api.app.deps;
    await importCsv(deps, async function* () { yield sample; }, { caller, lang: 'fr', mapping: legacyCrmMapping, dryRun: false });
    const page = await deps.interactions.list(50);
    const noted = page.items.filter((s) => interactionTokens(s.value, s.outbox).length > 0);
    expect(noted.length).toBeGreaterThan(0);
    for (const stored of noted) {
      const token = interactionTokens(stored.value, stored.outbox)[0]!;
      expect(await deps.index.has('mention', token, refKey(interactionRef(stored.value.id)))).toBe(true);
    }
    const organisation = noted[0]!.value.participants.find((p) => p.kind === 'organisation')!;
    const tier = (await deps.tiers.get(organisation.tierId))!.value;
    if (tier.kind !== 'organisation') throw new Error(`${organisation.tierId} is not an organisation`);
    const addresses = tier.addresses ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.every((a) => typeof a.id === 'string')).toBe(true);
  });
});
