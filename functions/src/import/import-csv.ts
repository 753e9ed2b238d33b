import { createHash } from 'node:crypto';
import { runImport, type Caller, type Deps, type ImportColumns, type ImportReport, type ImportRun, type Language } from '@relais/domain';
import { readCsv } from './read-csv';

export type ImportCsvOptions = {
  caller: Caller;
  lang: Language;
  /** A mapping, or a vendor preset (`{ preset: 'hubspot', patch? }`) whose layout the file's header picks. */
  mapping: ImportColumns;
  dryRun: boolean;
  fileName?: string;
  /** At most this many records past the checkpoint (a job's chunk); the report's `checkpoint` tells where the next starts. */
  maxRecords?: number;
  onProgress?: (progress: { report: ImportReport; bytesRead: number }) => void;
};

/** The file's identity for idempotency: a re-run of the same bytes finds what the first run created. */
export const importIdOf = async (source: AsyncIterable<Uint8Array>): Promise<{ importId: string; bytes: number }> => {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of source) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { importId: hash.digest('hex').slice(0, 16), bytes };
};

/**
 * Reads a CSV stream and imports it; the CLI and `POST /api/imports` share this pipeline. `open`
 * gives the bytes, twice: once to hash the file, once to import it. Called again on the same file,
 * it goes on from the checkpoint the previous call left (a crash, or `maxRecords` reached).
 */
export const importCsv = async (deps: Deps, open: () => AsyncIterable<Uint8Array>, options: ImportCsvOptions): Promise<ImportRun> => {
  const { importId, bytes } = await importIdOf(open());
  let bytesRead = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of open()) {
      bytesRead += chunk.length;
      yield chunk;
    }
  }
  const csv = await readCsv(counted());
  return runImport(
    deps,
    { header: csv.header, records: csv.records, file: () => ({ ...(options.fileName ? { name: options.fileName } : {}), bytes, ...csv.info() }) },
    {
      caller: options.caller,
      lang: options.lang,
      mapping: options.mapping,
      dryRun: options.dryRun,
      importId,
      ...(options.maxRecords === undefined ? {} : { maxRecords: options.maxRecords }),
      onProgress: (report) => options.onProgress?.({ report, bytesRead }),
    },
  );
};
