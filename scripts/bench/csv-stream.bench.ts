import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { legacyCrmMapping } from '@relais/domain';
import { planColumns } from '../../domain/src/import/import-columns';
import { mapImportRow } from '../../domain/src/import/map-import-row';
import { readCsv } from '../../functions/src/import/read-csv';

export type CsvStreamOptions = { megabytes: number };

/**
 * Reads and validates a legacy export repeated to `megabytes` (each copy with a broken quote and blank lines),
 * sampling the heap as it goes: the import reads in constant memory, whatever the file's size.
 */
export const benchCsvStream = async ({ megabytes }: CsvStreamOptions) => {
  const legacy = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'legacy', 'legacy-crm-export.csv'));
  const header = legacy.subarray(0, legacy.indexOf(0x0a) + 1);
  const body = legacy.subarray(header.length);
  const copies = Math.ceil((megabytes * 1024 * 1024) / body.length);
  const broken = iconv.encode('"Ouverte jamais fermée;;;\n\n;;;;\n', 'win1252');
  async function* stream(): AsyncGenerator<Uint8Array> {
    yield header;
    for (let i = 0; i < copies; i += 1) {
      yield body;
      yield broken;
    }
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  const started = performance.now();
  const csv = await readCsv(stream());
  const plan = planColumns(csv.header, legacyCrmMapping);
  let peakHeap = 0;
  let retainedHeap = 0;
  const counts = { valid: 0, rejected: 0, broken: 0 };
  for await (const record of csv.records) {
    if ('error' in record) counts.broken += 1;
    else if (mapImportRow(record, plan, legacyCrmMapping).ok) counts.valid += 1;
    else counts.rejected += 1;
    const seen = counts.valid + counts.rejected + counts.broken;
    if (seen % 10_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baseline);
    // What is still held after a collection: flat when nothing accumulates.
    if (gc && seen % 50_000 === 0) {
      gc();
      retainedHeap = Math.max(retainedHeap, process.memoryUsage().heapUsed - baseline);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    megabytes: Math.round((copies * (body.length + broken.length)) / 1024 / 1024),
    rows: counts.valid + counts.rejected + counts.broken,
    ...counts,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round((counts.valid + counts.rejected + counts.broken) / seconds),
    peakHeapAboveBaselineMB: Math.round(peakHeap / 1024 / 1024),
    retainedAfterGcMB: gc ? Math.round(retainedHeap / 1024 / 1024) : null,
    gcExposed: Boolean(gc),
    target: 'what stays held after a collection is flat whatever the size; the peak is garbage V8 has not yet collected',
  };
};
