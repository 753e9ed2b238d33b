import { parse } from 'csv-parse/sync';
import { physicalLines, type EncodingStats, type PhysicalLine } from './csv-lines';
import { csvRecords, detectSeparator, isBlank, type CsvRecord } from './csv-records';

export type CsvInfo = { encoding: 'utf-8' | 'windows-1252' | 'mixed'; bom: boolean; separator: string; blankLines: number; lines: number };

export type CsvFile = {
  /** The header's cells; empty when the file has no line at all. */
  header: string[];
  headerLine: number;
  records: AsyncGenerator<CsvRecord>;
  /** What reading found; final once `records` is exhausted. */
  info: () => CsvInfo;
};

const headerCells = (text: string, separator: string): string[] => {
  if (!text || isBlank(text, separator)) return [];
  try {
    return (parse(text, { delimiter: separator, relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? [];
  } catch {
    return text.split(separator);
  }
};

/**
 * Opens a CSV as French and English exports write it: UTF-8 or Windows-1252 (decided per line), with
 * or without a BOM, `;` `,` or tab separated, blank lines skipped. Streams: memory holds one record.
 */
export const readCsv = async (source: AsyncIterable<Uint8Array>): Promise<CsvFile> => {
  const stats: EncodingStats = { utf8Lines: 0, cp1252Lines: 0, bom: false };
  const lines = physicalLines(source, stats)[Symbol.asyncIterator]();
  let blankLines = 0;
  let lastLine = 0;
  let headerLine: PhysicalLine | undefined;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    lastLine = next.value.line;
    if ('tooLong' in next.value || next.value.text.trim() !== '') {
      headerLine = next.value;
      break;
    }
    blankLines += 1;
  }
  const headerText = headerLine && 'text' in headerLine ? headerLine.text : '';
  const separator = detectSeparator(headerText);
  const header = headerCells(headerText, separator);
  async function* counted(): AsyncGenerator<PhysicalLine> {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      lastLine = next.value.line;
      yield next.value;
    }
  }
  const encoding = (): CsvInfo['encoding'] =>
    stats.utf8Lines > 0 && stats.cp1252Lines > 0 ? 'mixed' : stats.cp1252Lines > 0 ? 'windows-1252' : 'utf-8';
  return {
    header: header.map((h) => h.trim()),
    headerLine: headerLine?.line ?? 0,
    records: csvRecords(counted(), separator, header.length, () => (blankLines += 1)),
    info: () => ({ encoding: encoding(), bom: stats.bom, separator, blankLines, lines: lastLine }),
  };
};
