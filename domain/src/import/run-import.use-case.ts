import { DomainError } from '../errors/domain-error';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import type { Deps } from '../ports/deps';
import { requireSteward } from '../use-cases/duplicates.use-case';
import { dryRunDeps } from './dry-run-deps';
import { groupRows } from './group-import-rows';
import { planColumns } from './import-columns';
import { importGroup, type ImportRunContext } from './import-group.use-case';
import type { ImportMapping } from './import-mapping.schema';
import { reportBuilder, type ImportFileInfo, type ImportReport } from './import-report';
import type { MappedRow } from './import-row';
import { mapImportRow } from './map-import-row';

/** Rows deduplicated together in memory; across batches, the matcher finds what earlier batches wrote. */
const BATCH_ROWS = 200;
const GROUP_CONCURRENCY = 8;

export type ImportRecord = { line: number; cells: string[] } | { line: number; error: string };

export type ImportSource = {
  header: string[];
  records: AsyncIterable<ImportRecord>;
  /** What the reader learnt of the file; complete once the records are exhausted. */
  file: () => Omit<ImportFileInfo, 'columns' | 'unmappedColumns'>;
};

export type ImportOptions = {
  caller: Caller;
  lang: Language;
  mapping: ImportMapping;
  dryRun: boolean;
  /** The file's identity (a hash of its bytes): the same file re-imported finds what it created. */
  importId: string;
  onProgress?: (report: ImportReport) => void;
};

/** Runs `work` over items, `limit` at a time; after a failure no new item starts, and all running ones finish before it is thrown. */
const inParallel = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  let failed = false;
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (!failed && next < items.length) {
        try {
          await work(items[next++]!);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
};

/**
 * Imports a client base, row by row from a stream: every row validated, rows of one company merged
 * into one organisation (within the file and with the base, by the matcher), contacts deduplicated,
 * statuses and owners as dated facts, last contacts and clean comments on the timeline. Returns
 * the quality report. A dry run reads the base and writes nothing.
 */
export const runImport = async (deps: Deps, source: ImportSource, options: ImportOptions): Promise<ImportReport> => {
  requireSteward(options.caller);
  const plan = planColumns(source.header, options.mapping);
  if (plan.missing.length > 0)
    throw new DomainError('IMPORT.COLUMNS_MISSING', 'invalid', `No column maps to ${plan.missing.join(', ')}; the header is: ${source.header.join(' | ')}.`, [
      { path: 'columns', message: `Map a column to ${plan.missing.join(', ')} (see the mapping file).` },
    ]);
  const runDeps = options.dryRun ? dryRunDeps(deps) : deps;
  const now = deps.clock.now();
  const context: ImportRunContext = {
    importId: options.importId,
    caller: options.caller,
    lang: options.lang,
    now,
    lastContactMedium: options.mapping.lastContactMedium ?? 'phone',
  };
  const builder = reportBuilder({
    importId: options.importId,
    dryRun: options.dryRun,
    file: { ...source.file(), columns: source.header, unmappedColumns: plan.unmapped },
    startedAt: now,
    lang: options.lang,
  });
  let batch: MappedRow[] = [];
  const flush = async () => {
    await inParallel(groupRows(batch), GROUP_CONCURRENCY, async (group) => builder.group(await importGroup(runDeps, context, group)));
    batch = [];
    options.onProgress?.(builder.report);
  };
  for await (const record of source.records) {
    if ('error' in record) builder.rejected(record.line, [{ problem: 'csv', field: '(row)', message: record.error }]);
    else {
      const result = mapImportRow(record, plan, options.mapping);
      if (result.ok) {
        builder.accepted(result.row);
        batch.push(result.row);
      } else builder.rejected(result.line, result.problems);
    }
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  const report = builder.report;
  const byLine = <T extends { line: number }>(list: T[]) => list.sort((a, b) => a.line - b.line);
  [report.rejected, report.merged, report.suspectedDuplicates, report.flaggedComments, report.warnings].forEach((list) => byLine<{ line: number }>(list));
  return { ...report, file: { ...report.file, ...source.file() }, finishedAt: deps.clock.now() };
};
