import { z } from 'zod';
import type { SegmentMember } from './segment.schema';

/** `comma` for most spreadsheets, `semicolon` for those set up for French (Excel in French splits on `;`). */
export const CsvSeparator = z.enum(['comma', 'semicolon']);
export type CsvSeparator = z.infer<typeof CsvSeparator>;
const characterOf: Record<CsvSeparator, string> = { comma: ',', semicolon: ';' };

export type CsvLanguage = 'fr' | 'en';

/** Without `separator`, the caller's language chooses: French spreadsheets split on `;`. */
export const separatorFor = (language: CsvLanguage, asked?: CsvSeparator): CsvSeparator => asked ?? (language === 'fr' ? 'semicolon' : 'comma');

/** One line of the export: what a marketer mails, calls or imports elsewhere, then Relais' own figures. */
export type SegmentCsvRow = SegmentMember & {
  siren: string | null;
  siret: string | null;
  address: string | null;
  postcode: string | null;
  contact: string | null;
  email: string | null;
  phone: string | null;
  owner: string | null;
};

const columns: { key: keyof SegmentCsvRow; fr: string; en: string }[] = [
  { key: 'name', fr: 'Nom', en: 'Name' },
  { key: 'siren', fr: 'SIREN', en: 'SIREN' },
  { key: 'siret', fr: 'SIRET', en: 'SIRET' },
  { key: 'address', fr: 'Adresse', en: 'Address' },
  { key: 'postcode', fr: 'Code postal', en: 'Postcode' },
  { key: 'city', fr: 'Ville', en: 'City' },
  { key: 'contact', fr: 'Contact principal', en: 'Main contact' },
  { key: 'email', fr: 'E-mail', en: 'E-mail' },
  { key: 'phone', fr: 'Téléphone', en: 'Phone' },
  { key: 'lifecycle', fr: 'Cycle de vie', en: 'Lifecycle' },
  { key: 'owner', fr: 'Suivi par', en: 'Followed by' },
  { key: 'ownerTeam', fr: 'Équipe', en: 'Team' },
  { key: 'kind', fr: 'Type', en: 'Kind' },
  { key: 'lastContact', fr: 'Dernier contact', en: 'Last contact' },
  { key: 'opportunity', fr: 'Opportunité', en: 'Opportunity' },
  { key: 'risk', fr: 'Risque', en: 'Risk' },
  { key: 'id', fr: 'Identifiant Relais', en: 'Relais id' },
];

/** Stored values are codes; a spreadsheet reader reads words, in their language. */
const words: Record<CsvLanguage, Record<string, string>> = {
  fr: { organisation: 'Organisation', person: 'Personne', suspect: 'Suspect', prospect: 'Prospect', client: 'Client', former: 'Ancien client', partner: 'Partenaire', competitor: 'Concurrent' },
  en: { organisation: 'Organisation', person: 'Person', suspect: 'Suspect', prospect: 'Prospect', client: 'Client', former: 'Former client', partner: 'Partner', competitor: 'Competitor' },
};
const worded = new Set<keyof SegmentCsvRow>(['kind', 'lifecycle']);

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

/** The header line, in the reader's language, after a byte-order mark so spreadsheets read UTF-8 (accents) right. */
export const csvHeader = (separator: CsvSeparator, language: CsvLanguage): string => `\uFEFF${columns.map((c) => cell(c[language])).join(characterOf[separator])}\r\n`;

export const csvLine = (row: SegmentCsvRow, separator: CsvSeparator, language: CsvLanguage): string =>
  `${columns
    .map(({ key }) => {
      const value = row[key];
      return cell(worded.has(key) && typeof value === 'string' ? (words[language][value] ?? value) : value);
    })
    .join(characterOf[separator])}\r\n`;
