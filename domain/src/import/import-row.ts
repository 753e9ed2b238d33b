import type { FreeTextFinding } from '../free-text';
import type { Lifecycle } from '../model/lifecycle';
import type { OrganisationDraft, PersonDraft } from '../model/tier.schema';
import type { RowProblem } from './import-problem';

export type { ImportProblem, RowProblem } from './import-problem';

/** A line of the file as read: its 1-based line number and its cells by column. */
export type SourceRow = { line: number; cells: readonly string[] };

/**
 * A valid row, mapped: the companies it describes or names (one in a mixed or companies file, the
 * contact's employers in a contacts file), its contact person, and its dated facts.
 */
export type MappedRow = {
  line: number;
  organisations: OrganisationDraft[];
  /** The exporting system's id of the company the row describes (companies and mixed files). */
  organisationExternalId?: string;
  /** The contact's companies by the exporting system's ids (contacts files). */
  employerExternalIds: string[];
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
