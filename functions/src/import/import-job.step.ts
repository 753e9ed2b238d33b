import {
  CHUNK_BUDGET_MS, ImportMapping, chunkReportName, Language, callerOfJob, mergeImportReports, runImport, summarizeImport,
  type ChunkOutcome, type Deps, type ImportRecord, type ImportReport, type JobStep,
} from '@relais/domain';
import { readCsv } from './read-csv';

/** The uploaded file and the report of the chunks done so far, beside the job. */
export const IMPORT_FILE = 'file.csv';
/** A chunk ends at a batch boundary once its time budget is spent, or at `importChunkRecords` records. */
const BATCH_RECORDS = 200;

type ImportCheckpoint = { records: number };

/**
 * One chunk of an HTTP import: the stored file is read again from its start (parsing is cheap next
 * to importing), the records done are skipped, and the next ones go through the same importer as the
 * CLI, with the file's own import id, so a chunk run twice finds what it created and duplicates
 * nothing. The chunks' reports are joined into one.
 */
export const importJobStep: JobStep = async (deps: Deps, job): Promise<ChunkOutcome> => {
  const startedAt = Date.now();
  const maxRecords = deps.background!.settings.importChunkRecords;
  const jobs = deps.background!.jobs;
  const at: ImportCheckpoint = { records: 0, ...(job.checkpoint as Partial<ImportCheckpoint>) };
  const csv = await readCsv(jobs.openData(job.id, IMPORT_FILE));
  let taken = 0;
  let exhausted = true;
  async function* chunk(): AsyncGenerator<ImportRecord> {
    let index = 0;
    for await (const record of csv.records) {
      if (index++ < at.records) continue;
      const atBoundary = taken > 0 && taken % BATCH_RECORDS === 0;
      if (taken >= maxRecords || (atBoundary && Date.now() - startedAt > CHUNK_BUDGET_MS)) {
        exhausted = false;
        return;
      }
      taken += 1;
      yield record;
    }
  }
  const input = job.input as { mapping: unknown; dryRun: boolean; lang: string; importId: string; bytes: number; fileName?: string };
  const lang = Language.parse(input.lang);
  const report = await runImport(
    deps,
    { header: csv.header, records: chunk(), file: () => ({ ...(input.fileName ? { name: input.fileName } : {}), bytes: input.bytes, ...csv.info() }) },
    { caller: callerOfJob(job.input), lang, mapping: ImportMapping.parse(input.mapping), dryRun: input.dryRun, importId: input.importId },
  );
  const before = job.chunk > 0 ? await jobs.readData(job.id, chunkReportName(job.chunk - 1)) : undefined;
  const joined = before ? mergeImportReports(JSON.parse(new TextDecoder().decode(before)) as ImportReport, report) : report;
  const records = at.records + taken;
  const progress = { done: records, total: Math.max(job.progress.total, records) };
  if (exhausted) return { done: true, progress: { done: records, total: records }, result: { ...joined, summary: summarizeImport(joined, lang) } };
  await jobs.putData(job.id, chunkReportName(job.chunk), new TextEncoder().encode(JSON.stringify(joined)));
  return { done: false, checkpoint: { records } satisfies ImportCheckpoint, progress };
};
