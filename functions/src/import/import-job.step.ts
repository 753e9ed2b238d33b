import {
  CHUNK_BUDGET_MS, ImportMapping, chunkReportName, Language, callerOfJob, isDomainError, mergeImportReports, runImport, summarizeImport,
  type ChunkOutcome, type Deps, type ImportRun, type JobStep,
} from '@relais/domain';
import { readCsv } from './read-csv';

/** The uploaded file and the report of the chunks done so far, beside the job. */
export const IMPORT_FILE = 'file.csv';

/**
 * Two deliveries of one chunk (a lease run out on a slow machine) both import, and one loses the
 * race on the import's checkpoint: that one is retried by the queue, not failed, and finds the
 * chunk done or goes on from the checkpoint.
 */
const importChunk: typeof runImport = async (...args) => {
  try {
    return await runImport(...args);
  } catch (error) {
    if (isDomainError(error) && error.code === 'CONCURRENCY.STALE') throw new Error(`Another delivery moved this import on: ${error.message}`);
    throw error;
  }
};

/**
 * One chunk of an HTTP import: the stored file is read again from its start (parsing is cheap next
 * to importing) and the importer goes on from the checkpoint its store kept for the file's import
 * id, for at most `importChunkRecords` records, ending early at a batch once the chunk's time is
 * spent; a chunk run twice finds what it created and duplicates nothing. A dry run writes nothing
 * to resume from, so it is one chunk (the upload is bounded). The chunks' reports are joined into one.
 */
export const importJobStep: JobStep = async (deps: Deps, job): Promise<ChunkOutcome> => {
  const startedAt = Date.now();
  const jobs = deps.background!.jobs;
  const input = job.input as { mapping: unknown; dryRun: boolean; lang: string; importId: string; bytes: number; fileName?: string };
  const lang = Language.parse(input.lang);
  const csv = await readCsv(jobs.openData(job.id, IMPORT_FILE));
  const run = await importChunk(
    deps,
    { header: csv.header, records: csv.records, file: () => ({ ...(input.fileName ? { name: input.fileName } : {}), bytes: input.bytes, ...csv.info() }) },
    {
      caller: callerOfJob(job.input),
      lang,
      mapping: ImportMapping.parse(input.mapping),
      dryRun: input.dryRun,
      importId: input.importId,
      ...(input.dryRun ? {} : { maxRecords: deps.background!.settings.importChunkRecords, stopWhen: () => Date.now() - startedAt > CHUNK_BUDGET_MS }),
    },
  );
  const before = job.chunk > 0 ? await jobs.readData(job.id, chunkReportName(job.chunk - 1)) : undefined;
  const joined = before ? mergeImportReports(JSON.parse(new TextDecoder().decode(before)) as ImportRun, run) : run;
  const records = run.checkpoint.recordsDone;
  if (run.checkpoint.complete) return { done: true, progress: { done: records, total: records }, result: { ...joined, summary: summarizeImport(joined, lang) } };
  await jobs.putData(job.id, chunkReportName(job.chunk), new TextEncoder().encode(JSON.stringify(joined)));
  return { done: false, checkpoint: { records }, progress: { done: records, total: Math.max(job.progress.total, records) } };
};
