import type { SegmentMember } from './segment.schema';

const columns: (keyof SegmentMember)[] = ['id', 'kind', 'name', 'lifecycle', 'ownerTeam', 'city', 'lastContact', 'opportunity', 'risk'];

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is defused with a quote. */
const cell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The header line, after a byte-order mark so spreadsheets read UTF-8 (accents) right. */
export const csvHeader = (): string => `\uFEFF${columns.join(',')}\r\n`;

export const csvLine = (member: SegmentMember): string => `${columns.map((c) => cell(member[c])).join(',')}\r\n`;
