import { parse } from 'csv-parse/sync';
import type { ImportRecord } from '@relais/domain';
import type { PhysicalLine } from './csv-lines';

/** A record spanning more lines than this (or characters) is an unclosed quote, not a long comment. */
const MAX_RECORD_LINES = 50;
const MAX_RECORD_CHARS = 100_000;
/** Records handed to the CSV parser at once: one parser call per record costs several times more. */
const BATCH = 200;

/** A record, or why its line could not be read (a code the report words in the caller's language). */
export type CsvRecord = ImportRecord;

/** Whether a record is still inside a quoted field at the end of `text` (CSV: a quote opens a field only at its start). */
const endsInsideQuotes = (text: string, separator: string): boolean => {
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
    } else if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
    } else atFieldStart = ch === separator || ch === '\n';
  }
  return inQuotes;
};

/** The separator French and English exports use: the most frequent of ; , and tab outside quotes on the header. */
export const detectSeparator = (header: string): string => {
  const unquoted = header.replace(/"(?:[^"]|"")*"/g, '');
  const counts = [';', ',', '\t'].map((s) => ({ s, n: unquoted.split(s).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).s;
};

export const isBlank = (text: string, separator: string): boolean => text.split(separator).every((cell) => cell.trim() === '');

const options = (separator: string) => ({ delimiter: separator, relax_column_count: true, bom: false });

const parseOne = (text: string, line: number, separator: string): CsvRecord => {
  try {
    const [cells] = parse(text, options(separator)) as string[][];
    return { line, cells: cells ?? [] };
  } catch (error) {
    // A quote where a value cannot have one, or never closed: the usual way an export breaks a line.
    const quote = /QUOTE/.test(String((error as { code?: unknown }).code ?? ''));
    return { line, error: quote ? 'CSV_QUOTE_UNCLOSED' : 'CSV_MALFORMED' };
  }
};

type Pending = { line: number; text: string } | CsvRecord;

/**
 * Parses a batch of one-line records in one call; when the parser skipped anything (a malformed
 * record), the batch is parsed again record by record, so each error lands on its own line.
 */
const parseBatch = (batch: readonly Pending[], separator: string): CsvRecord[] => {
  const texts = batch.filter((p): p is Extract<Pending, { text: string }> => 'text' in p);
  let skipped = 0;
  let parsed: string[][] = [];
  try {
    parsed = parse(texts.map((p) => p.text).join('\n'), {
      ...options(separator),
      skip_records_with_error: true,
      on_skip: () => {
        skipped += 1;
      },
    }) as string[][];
  } catch {
    skipped += 1;
  }
  const whole = skipped === 0 && parsed.length === texts.length;
  let next = 0;
  return batch.map((p) => (!('text' in p) ? p : whole ? { line: p.line, cells: parsed[next++]! } : parseOne(p.text, p.line, separator)));
};

/**
 * Records from lines: a record goes on over the next lines while a quoted field is open. A quote
 * never closed (or closed by another line's quote) would swallow the rest of the file, so such a
 * record is reported on its first line and reading resumes on the line after it: one broken line
 * costs one row, never the file.
 */
export async function* csvRecords(lines: AsyncIterable<PhysicalLine>, separator: string, columns: number, onBlank: () => void): AsyncGenerator<CsvRecord> {
  const queue: PhysicalLine[] = [];
  const iterator = lines[Symbol.asyncIterator]();
  let exhausted = false;
  const next = async (): Promise<PhysicalLine | undefined> => {
    if (queue.length > 0) return queue.shift();
    if (exhausted) return undefined;
    const result = await iterator.next();
    exhausted = !!result.done;
    return result.done ? undefined : result.value;
  };
  let batch: Pending[] = [];
  for (let first = await next(); first; first = await next()) {
    if ('tooLong' in first) batch.push({ line: first.line, error: 'CSV_LINE_TOO_LONG' });
    else if (isBlank(first.text, separator)) onBlank();
    else {
      const taken: PhysicalLine[] = [];
      let text = first.text;
      let closed = true;
      while (endsInsideQuotes(text, separator)) {
        const more = await next();
        if (more) taken.push(more);
        if (!more || 'tooLong' in more || taken.length >= MAX_RECORD_LINES || text.length > MAX_RECORD_CHARS) {
          closed = false;
          break;
        }
        text += `\n${more.text}`;
      }
      // Over several lines, a record must come out with the header's columns, or its quote closed in the wrong place.
      const record = closed && taken.length > 0 ? parseOne(text, first.line, separator) : undefined;
      if (closed && (!record || ('cells' in record && record.cells.length === columns))) batch.push(record ?? { line: first.line, text });
      else {
        queue.unshift(...taken);
        batch.push({ line: first.line, error: 'CSV_QUOTE_UNCLOSED' });
      }
    }
    if (batch.length >= BATCH) {
      yield* parseBatch(batch, separator);
      batch = [];
    }
  }
  yield* parseBatch(batch, separator);
}
