import type { FreeTextFinding } from '../free-text';
import type { Lifecycle } from '../model/lifecycle';
import type { OrganisationDraft, PersonDraft } from '../model/tier.schema';

/** Why a row, or one of its values, was not imported; stable words the report and its readers share. */
export type ImportProblem =
  | 'name' | 'siren' | 'siret' | 'email' | 'phone' | 'website' | 'address' | 'date' | 'lifecycle' | 'person' | 'csv' | 'comment';

export type RowProblem = { problem: ImportProblem; field: string; message: string; value?: string };

/** A line of the file as read: its 1-based line number and its cells by column. */
export type SourceRow = { line: number; cells: readonly string[] };

/** A valid row, mapped: the organisation it describes, its contact person, and its dated facts. */
export type MappedRow = {
  line: number;
  organisation: OrganisationDraft;
  person?: PersonDraft;
  lifecycle?: Lifecycle;
  owner?: string;
  /** Calendar dates (yyyy-mm-dd) the old system recorded. */
  createdAt?: string;
  lastContact?: string;
  /** A comment fit to be kept as a note. */
  comment?: string;
  /** A comment the free-text guard refused: reported, never imported. */
  flagged?: { findings: FreeTextFinding[] };
  warnings: RowProblem[];
};

export type RowResult = { ok: true; row: MappedRow } | { ok: false; line: number; problems: RowProblem[] };
