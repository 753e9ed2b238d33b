import { z } from 'zod';
import { MatchReasonView } from '../use-cases/match-tiers.use-case';
import { IMPORT_PROBLEM_CODES } from './import-problem';

const TierOutcomeKind = z.enum(['created', 'already-imported', 'merged', 'matched']);
const RowOutcome = z.enum(['imported', 'merged', 'already-imported', 'rejected', 'skipped']);
const Problem = z.object({
  problem: z.enum(['name', 'siren', 'siret', 'email', 'phone', 'website', 'address', 'date', 'lifecycle', 'person', 'csv', 'comment', 'company']),
  /** The stable reason: an i18n key clients may word themselves. */
  code: z.enum(IMPORT_PROBLEM_CODES),
  field: z.string(),
  value: z.string().optional(),
});
const Organisation = z.object({
  tierId: z.string(),
  outcome: TierOutcomeKind,
  /** The row whose organisation this one merged into, in the same file. */
  intoLine: z.number().int().optional(),
  score: z.number().optional(),
  evidence: z.array(MatchReasonView).optional(),
});
const Person = z.object({
  tierId: z.string(),
  outcome: TierOutcomeKind,
  /** Every organisation the person is linked to by this row and the others of the same person. */
  organisationIds: z.array(z.string()),
  intoLine: z.number().int().optional(),
});

/**
 * What became of one row, by ids: `imported` (it created its company, or in a contacts file its
 * person), `merged` (into another row's record or a record of the base), `already-imported` (a
 * previous run of the file did it), `rejected` (with its problems), `skipped` (no data: a footer).
 * Stored without words (codes and evidence), worded for whoever reads it.
 */
export const ImportItem = z.object({
  line: z.number().int(),
  outcome: RowOutcome,
  organisations: z.array(Organisation).optional(),
  person: Person.optional(),
  problems: z.array(Problem).optional(),
  warnings: z.array(Problem).optional(),
});
export type ImportItem = z.infer<typeof ImportItem>;

const Worded = Problem.extend({ message: z.string() });
/** An item as a reader gets it: problems and match evidence worded in their language. */
export const ImportItemView = ImportItem.extend({
  organisations: z.array(Organisation.extend({ reasons: z.array(z.string()) })).optional(),
  problems: z.array(Worded).optional(),
  warnings: z.array(Worded).optional(),
}).meta({ id: 'ImportItem' });
export type ImportItemView = z.infer<typeof ImportItemView>;

export const ImportItemsPage = z.object({ items: z.array(ImportItemView), nextCursor: z.string().nullable() }).meta({ id: 'ImportItemsPage' });

/** `GET /api/imports/{importId}/items`: a page of a run's items, in line order. */
export const ImportItemsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().regex(/^\d{1,10}$/, 'Not a cursor from this list.').optional(),
    dryRun: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** An import's identity: the first 16 hexadecimal digits of its file's SHA-256. */
export const ImportId = z.string().regex(/^[0-9a-f]{16}$/, 'Expected an import id (16 hexadecimal digits).');
