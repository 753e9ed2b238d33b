import { z } from 'zod';
import type { SegmentMember } from './segment.schema';

const columns: (keyof SegmentMember)[] = ['id', 'kind', 'name', 'lifecycle', 'ownerTeam', 'city', 'lastContact', 'opportunity', 'risk'];

/** `comma` for most spreadsheets, `semicolon` for those set up for French (Excel in French splits on `;`). */
export const CsvSeparator = z.enum(['comma', 'semicolon']);
export type CsvSeparator = z.infer<typeof CsvSeparator>;
const characterOf: Record<CsvSeparator, string> = { comma: ',', semicolon: ';' };

/**
 * OWASP's CSV-injection rule: a spreadsheet runs a cell that starts with = + - @, a tab or a carriage
 * return. A reader may split on another separator than the file's (`,` `;` tab) or on a bare line
 * break, so the same holds right after any of those inside a cell: each such start gets a quote.
 */
const defuse = (text: string): string => text.replace(/(^|[,;\t\r\n])(?=[ ]*[=+\-@\t\r])/g, "$1'");

/** RFC 4180 quoting, for both separators at once: a quote-aware reader keeps the cell whole whichever it assumes. */
const cell = (value: unknown): string => {
  const text = defuse(value === null || value === undefined ? '' : String(value));
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The header line, after a byte-order mark so spreadsheets read UTF-8 (accents) right. */
export const csvHeader = (separator: CsvSeparator): string => `\uFEFF${columns.join(characterOf[separator])}\r\n`;

export const csvLine = (member: SegmentMember, separator: CsvSeparator): string =>
  `${columns.map((c) => cell(member[c])).join(characterOf[separator])}\r\n`;
