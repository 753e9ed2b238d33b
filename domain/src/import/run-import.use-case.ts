import { DomainError } from '../errors/domain-error';
import { blockingKeys } from '../matching';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import type { Deps } from '../ports/deps';
import type { ImportProgress } from '../ports/import-store.port';
import { draftMatchProfile } from '../use-cases/match-tiers-profile';
import { requireSteward } from '../use-cases/duplicates.use-case';
import { batchIds, importBatch, type ImportRunContext } from './import-batch.use-case';
import { isFooterStart, planColumns } from './import-columns';
import type { ImportMapping, ImportMappingPatch } from './import-mapping.schema';
import type { ImportProblemCode } from './import-problem';
import type { ImportItem, ImportItemView } from './import-item.schema';
import { reportBuilder, wordItem, type ImportFileInfo, type ImportReport } from './import-report';
import type { MappedRow } from './import-row';
import { mapImportRow } from './map-import-row';
import { stagedDeps } from './staged-deps';
import { presetMapping, type ImportPreset } from './vendor-presets';

/**
 * Rows deduplicated together in memory and written out together; across batches, the matcher finds
 * what earlier batches wrote. Larger batches share more requests (a posting-list bucket is read and
 * written once a batch, whatever the number of its keys) and hold more in memory.
 */
export const IMPORT_BATCH_ROWS = 2000;
/** Items the report carries itself; the others are paged from the store (`GET /api/imports/{id}/items`). */
export const ITEMS_IN_REPORT = 200;

export type CsvProblemCode = Extract<ImportProblemCode, 'CSV_MALFORMED' | 'CSV_QUOTE_UNCLOSED' | 'CSV_LINE_TOO_LONG'>;
export type ImportRecord = { line: number; cells: string[] } | { line: number; error: CsvProblemCode };

export type ImportSource = {
  header: string[];
  records: AsyncIterable<ImportRecord>;
  /** What the reader learnt of the file; complete once the records are exhausted. */
  file: () => Omit<ImportFileInfo, 'columns' | 'unmappedColumns'>;
};

/** A mapping file, or a vendor's export layout (chosen by the file's header) with the customer's own columns added. */
export type ImportColumns = ImportMapping | { preset: ImportPreset; patch?: ImportMappingPatch };

export type ImportOptions = {
  caller: Caller;
  lang: Language;
  mapping: ImportColumns;
  dryRun: boolean;
  /** The file's identity (a hash of its bytes): the same file re-imported finds what it created. */
  importId: string;
  /** Stop after this many records once resumed (one chunk of a job); the report's checkpoint says where the next one starts. */
  maxRecords?: number;
  /** Asked after each batch written: true ends the run there (a job's chunk whose time is spent). */
  stopWhen?: () => boolean;
  onProgress?: (report: ImportReport) => void;
};

export type ImportRun = ImportReport & { items: { items: ImportItemView[]; nextCursor: string | null } };

export const runOfImport = (importId: string, dryRun: boolean): string => (dryRun ? `${importId}~dry` : importId);

/** The mapping a file is read with: a preset's is chosen by the file's header. */
export const importMappingFor = (columns: ImportColumns, header: readonly string[]): ImportMapping =>
  'preset' in columns ? presetMapping(columns.preset, header, columns.patch) : columns;

/** The blocking keys a batch's matching will read: all read at once before it runs. */
const batchKeys = (rows: readonly MappedRow[]): string[] => [
  ...new Set(
    rows.flatMap((row) => [
      ...row.organisations.flatMap((o) => blockingKeys(draftMatchProfile(o))),
      ...(row.person ? blockingKeys(draftMatchProfile(row.person)) : []),
    ]),
  ),
];

/**
 * Imports a client base from a stream of records, batch by batch: every row validated, rows of one
 * company merged into one organisation (within the file and with the base, by the matcher), a
 * person once however many companies she appears at, statuses and owners as dated facts, last
 * contacts on the timeline. Each batch's writes are staged in memory and written out together; a
 * dry run stages and never writes, so its answers are the run's. The progress (records done, the
 * counts) is kept after each batch: a re-run resumes a crashed run, restates a finished one, and a
 * job can run the file in chunks (`maxRecords`). Returns the quality report and the first items.
 */
export const runImport = async (deps: Deps, source: ImportSource, options: ImportOptions): Promise<ImportRun> => {
  requireSteward(options.caller);
  const mapping = importMappingFor(options.mapping, source.header);
  const plan = planColumns(source.header, mapping);
  if (plan.missing.length > 0)
    throw new DomainError('IMPORT.COLUMNS_MISSING', 'invalid', `No column maps to ${plan.missing.join(', ')}; the header is: ${source.header.join(' | ')}.`, [
      { path: 'columns', message: `Map a column to ${plan.missing.join(', ')} (see the mapping file).` },
    ]);
  if (!options.dryRun && !deps.bulk) throw new Error('An import needs a bulk writer (Deps.bulk) to write.');
  const store = deps.imports;
  const run = runOfImport(options.importId, options.dryRun);
  const mappingKey = deps.ids.fromKey('import-mapping', JSON.stringify(mapping));
  const progress = await store?.progress(options.importId);
  const same = progress?.value.mappingKey === mappingKey;
  // A finished run is restated, a stopped one (a crash, a job's chunk) resumed with its counts; another mapping starts over.
  const resumeAt = same ? progress!.value.recordsDone : 0;
  const restate = same && progress!.value.complete;
  const mixed = !!progress && (progress.value.mixed || !same);
  const now = deps.clock.now();
  const layout = mapping.layout ?? 'mixed';
  const context: ImportRunContext = {
    importId: options.importId,
    caller: options.caller,
    lang: options.lang,
    now,
    lastContactMedium: mapping.lastContactMedium ?? 'phone',
    layout,
    ...(mapping.system ? { system: mapping.system } : {}),
  };
  const builder = reportBuilder({
    importId: options.importId,
    dryRun: options.dryRun,
    file: { ...source.file(), columns: source.header, unmappedColumns: plan.unmapped },
    startedAt: now,
    lang: options.lang,
    layout,
    ...(same && !restate ? { counts: progress!.value.counts } : {}),
  });
  const staged = stagedDeps(deps);
  const firstItems: ImportItemView[] = [];
  const keep = (items: readonly ImportItem[]) => {
    for (const item of items) if (firstItems.length < ITEMS_IN_REPORT) firstItems.push(wordItem(item, options.lang));
  };
  const dryLinks = new Map<string, string>();
  const employersOf = async (externalIds: readonly string[]): Promise<Map<string, string>> => {
    if (!mapping.system || externalIds.length === 0) return new Map();
    const found = new Map(externalIds.flatMap((id) => (dryLinks.has(id) ? [[id, dryLinks.get(id)!] as const] : [])));
    const stored = store ? await store.externalIds(mapping.system, externalIds.filter((id) => !found.has(id))) : new Map<string, string>();
    stored.forEach((tierId, id) => found.set(id, tierId));
    // A company merged since it was imported is found at its survivor; an erased one is no employer.
    const tiers = new Map((await staged.deps.tiers.getMany([...new Set(found.values())])).map((t) => [t.id, t]));
    return new Map(
      [...found].flatMap(([id, tierId]) => {
        const tier = tiers.get(tierId);
        const live = tier?.status === 'merged' ? tier.mergedInto : tier?.status === 'active' ? tier.id : undefined;
        return live ? [[id, live] as const] : [];
      }),
    );
  };

  let progressEtag = progress?.etag;
  const saveProgress = async (recordsDone: number, complete: boolean) => {
    if (!store || options.dryRun) return;
    const { rows, organisations, persons, notes } = builder.report;
    const next: ImportProgress = { importId: options.importId, mappingKey, recordsDone, counts: { rows, organisations, persons, notes }, complete, mixed, updatedAt: deps.clock.now() };
    progressEtag = await store.saveProgress(next, progressEtag);
  };
  if (!restate) await saveProgress(resumeAt, false);

  let records = 0;
  let batch: MappedRow[] = [];
  let pendingItems: ImportItem[] = [];
  let batchStart = resumeAt;
  const flush = async () => {
    const rows = batch;
    batch = [];
    if (rows.length > 0) {
      // Past the record a stopped run reached, nothing of this run's rows can exist yet: no need to read for it.
      if (!progress || (!mixed && batchStart > resumeAt)) staged.assumeAbsent(batchIds(deps, context, rows));
      await staged.prefetchBlocks(batchKeys(rows));
      const outcome = await importBatch(staged.deps, context, rows, employersOf);
      pendingItems.push(...builder.batch(rows, outcome));
      const links = mapping.system ? outcome.organisations.flatMap((o) => o.externalIds.map((externalId) => ({ externalId, tierId: o.tierId }))) : [];
      if (options.dryRun) links.forEach((l) => dryLinks.set(l.externalId, l.tierId));
      else {
        const written = await deps.bulk!.write(staged.pending());
        staged.landed(written.postings);
        if (store && links.length > 0) await store.linkExternalIds(mapping.system!, links);
      }
    }
    const items = pendingItems.sort((a, b) => a.line - b.line);
    pendingItems = [];
    if (store && items.length > 0) await store.putItems(run, items);
    keep(items);
    await saveProgress(records, false);
    batchStart = records;
    options.onProgress?.(builder.report);
  };

  const restated = restate && store ? storedItems(store, options.importId) : undefined;
  const stopAt = options.maxRecords === undefined ? Infinity : resumeAt + options.maxRecords;
  let stopped = false;
  let footer = false;
  for await (const record of source.records) {
    if (records < resumeAt) {
      records += 1;
      if (restated) {
        const item = await restated.next(record.line);
        if (item) {
          builder.restated(item);
          keep([item.outcome === 'rejected' || item.outcome === 'skipped' ? item : { ...item, outcome: 'already-imported' }]);
        }
      }
      continue;
    }
    if (records >= stopAt) {
      stopped = true;
      break;
    }
    records += 1;
    if ('error' in record) pendingItems.push(builder.rejected(record.line, [{ problem: 'csv', code: record.error, field: '(row)' }]));
    else if (footer || (footer = isFooterStart(record.cells, mapping))) pendingItems.push(builder.skipped(record.line));
    else {
      const result = mapImportRow(record, plan, mapping);
      if (result.ok) {
        builder.accepted(result.row);
        batch.push(result.row);
      } else pendingItems.push(builder.rejected(result.line, result.problems));
    }
    if (batch.length >= IMPORT_BATCH_ROWS) {
      await flush();
      if (options.stopWhen?.()) {
        stopped = true;
        break;
      }
    }
  }
  if (!restate) await flush();
  if (!restate) await saveProgress(records, !stopped);
  const report = builder.report;
  const byLine = <T extends { line: number }>(list: T[]) => list.sort((a, b) => a.line - b.line);
  [report.rejected, report.merged, report.suspectedDuplicates, report.flaggedComments, report.warnings].forEach((list) => byLine<{ line: number }>(list));
  const lastShown = firstItems.at(-1)?.line;
  const more = firstItems.length >= ITEMS_IN_REPORT && lastShown !== undefined;
  return {
    ...report,
    file: { ...report.file, ...source.file() },
    checkpoint: { recordsDone: records, complete: !stopped },
    finishedAt: deps.clock.now(),
    items: { items: firstItems, nextCursor: more && store ? String(lastShown) : null },
  };
};

/** The stored items of a finished run, read in line order as the file's records come by again. */
const storedItems = (store: NonNullable<Deps['imports']>, run: string) => {
  let page: ImportItem[] = [];
  let after: number | undefined;
  let done = false;
  return {
    next: async (line: number): Promise<ImportItem | undefined> => {
      for (;;) {
        while (page.length > 0 && page[0]!.line < line) page.shift();
        if (page[0]?.line === line) return page.shift();
        if (page.length > 0 || done) return undefined;
        const read = await store.items(run, 1000, after);
        page = read.items;
        after = read.items.at(-1)?.line ?? after;
        done = read.nextCursor === null;
        if (page.length === 0) return undefined;
      }
    },
  };
};
