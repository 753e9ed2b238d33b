import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { legacyCrmMapping, type Caller, type Deps, type ImportReport } from '@relais/domain';
import { importCsv } from '../../functions/src/import/import-csv';
import { startApi, type TestApi } from '../support/api-harness';

jest.setTimeout(1_800_000);

const DATA = join(__dirname, '..', 'fixtures', 'legacy');
type Truth = { organisations: { rows: number[]; legal: string }[]; invalid: { row: number; problem: string }[] };
const truth = JSON.parse(readFileSync(join(DATA, 'legacy-crm-export.truth.json'), 'utf8')) as Truth;
const csv = readFileSync(join(DATA, 'legacy-crm-export.csv'));
const steward: Caller = { userId: 'st1', name: 'Sandrine Steward', roles: ['steward'], teams: ['north'] };
const invalid = new Set(truth.invalid.map((i) => i.row));
const companyOf = new Map(truth.organisations.flatMap((o, i) => o.rows.map((row) => [row, i] as const)));

const run = (deps: Deps, bytes: Buffer = csv, dryRun = false) =>
  importCsv(deps, async function* () {
    yield bytes;
  }, { caller: steward, lang: 'fr', mapping: legacyCrmMapping, dryRun, fileName: 'legacy-crm-export.csv' });

/** The first `rows` lines of the export after the header. */
const head = (rows: number): Buffer => {
  let end = 0;
  for (let i = 0; i <= rows; i += 1) end = csv.indexOf(0x0a, end) + 1;
  return csv.subarray(0, end);
};

let api: TestApi;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.stop());

describe('import of the legacy CRM export, checked against its ground truth', () => {
  let report: ImportReport;
  beforeAll(async () => {
    report = await run(api.app.deps);
  });

  it('rejects exactly the invalid rows, each for the right reason', () => {
    expect(report.file).toMatchObject({ encoding: 'windows-1252', separator: ';', lines: 1499 });
    expect(report.rejected.map((r) => r.line)).toEqual(truth.invalid.map((i) => i.row).sort((a, b) => a - b));
    for (const { row, problem } of truth.invalid) expect(report.rejected.find((r) => r.line === row)?.problems.map((p) => p.problem)).toContain(problem);
  });

  it('creates one organisation per company, merging the rows of the same company', () => {
    const companies = truth.organisations.filter((o) => o.rows.some((r) => !invalid.has(r))).length;
    expect(Math.abs(report.organisations.created - companies)).toBeLessThanOrEqual(companies * 0.01);
    expect(report.rows.imported + report.rows.merged).toBe(1498 - truth.invalid.length);
    // Rows merged into another row of the file: they are the same company.
    const inFile = report.merged.filter((m) => m.intoLine !== undefined);
    const right = inFile.filter((m) => companyOf.get(m.line) === companyOf.get(m.intoLine!));
    expect(right.length / inFile.length).toBeGreaterThanOrEqual(0.99);
    expect(report.merged.every((m) => m.reasons.length > 0 || m.intoLine !== undefined)).toBe(true);
  });

  it('keeps statuses and owners as dated facts, contacts deduplicated, refused comments reported and not imported', async () => {
    expect(report.persons.mergedInFile).toBeGreaterThan(0);
    expect(report.notes.flaggedComments).toBeGreaterThan(300);
    expect(report.flaggedComments.find((f) => f.line === 65)?.categories.length).toBeGreaterThan(0);
    const token = await api.tokenFor({ userId: steward.userId, name: steward.name, roles: ['steward'] });
    const found = await api.call('GET', `/api/tiers?q=${encodeURIComponent('Charpente Fournier')}`, { token });
    const fournier = found.body.items.find((t: { siren: string }) => t.siren === '527824593');
    expect(fournier).toBeDefined();
    const owner = await api.call('GET', `/api/tiers/${fournier.id}/facts/owner/history`, { token });
    expect(owner.body.items.map((f: { value: string }) => f.value)).toEqual(['K. Benali']);
    const lifecycle = await api.call('GET', `/api/tiers/${fournier.id}/facts/lifecycle/history`, { token });
    expect(lifecycle.body.items).toEqual([expect.objectContaining({ value: 'suspect', validFrom: '2020-10-04T00:00:00Z', confirmedAt: '2026-01-27T00:00:00Z', validTo: null })]);
    const tier = await api.call('GET', `/api/tiers/${fournier.id}`, { token });
    expect(tier.body).toMatchObject({ createdAt: '2012-02-06T00:00:00Z', lifecycle: 'suspect' });
    const card = await api.call('GET', `/api/tiers/${fournier.id}/card`, { token });
    expect(card.body.timeline.items.length).toBe(2);
    expect(card.body.people.total).toBe(1);
  });

  it('re-running the same file is a no-op', async () => {
    const again = await run(api.app.deps);
    expect(again.rows).toMatchObject({ imported: 0, merged: 0, rejected: truth.invalid.length, alreadyImported: 1498 - truth.invalid.length });
    expect(again.organisations.created).toBe(0);
    expect(again.persons.created).toBe(0);
    expect(again.notes.logged).toBe(0);
  });
});

/** Tiers in a store, by kind (a scan: tests only). */
const census = async (deps: Deps) => {
  const ids: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.tiers.listIds(500, cursor);
    ids.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  }
  const tiers = await deps.tiers.getMany(ids);
  return { organisations: tiers.filter((t) => t.kind === 'organisation').length, persons: tiers.filter((t) => t.kind === 'person').length };
};

describe('an import interrupted by a crash', () => {
  it('completes on re-run without creating anything twice', async () => {
    const fresh = await startApi();
    try {
      const deps = fresh.app.deps;
      // The process dies while writing its batch out: 60 tier partitions landed, none of their indexes, notes or summaries.
      const crashing: Deps = {
        ...deps,
        bulk: {
          ...deps.bulk!,
          write: async (writes) => {
            await deps.bulk!.write({ ...writes, partitions: writes.partitions.slice(0, 60), interactions: [], index: [], blocks: [], newSummaries: [], changedSummaries: [], catchUp: [] });
            throw new Error('simulated crash');
          },
        },
      };
      const rows = 150;
      const slice = head(rows);
      await expect(run(crashing, slice)).rejects.toThrow('simulated crash');
      const resumed = await run(deps, slice);
      expect(resumed.organisations.alreadyImported).toBeGreaterThan(0);
      const companies = new Set([...companyOf.entries()].filter(([row]) => row <= rows + 1 && !invalid.has(row)).map(([, company]) => company)).size;
      expect(await census(deps)).toEqual({ organisations: companies, persons: resumed.persons.created + resumed.persons.alreadyImported });
      const again = await run(deps, slice);
      expect(again.organisations.created + again.persons.created + again.notes.logged).toBe(0);
    } finally {
      await fresh.stop();
    }
  });

  it('a dry run reports what a run would do and writes nothing', async () => {
    const fresh = await startApi();
    try {
      const slice = head(80);
      const dry = await run(fresh.app.deps, slice, true);
      expect(dry.dryRun).toBe(true);
      expect(dry.organisations.created).toBeGreaterThan(40);
      expect((await fresh.app.deps.tiers.listIds(10)).items).toEqual([]);
      const real = await run(fresh.app.deps, slice);
      expect(real.rows).toEqual(dry.rows);
      expect(real.organisations).toEqual(dry.organisations);
      expect(real.persons).toEqual(dry.persons);
    } finally {
      await fresh.stop();
    }
  });
});
