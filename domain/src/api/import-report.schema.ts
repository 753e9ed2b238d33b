import { z } from 'zod';
import { ImportItemsPage } from '../import/import-item.schema';
import { IMPORT_PROBLEM_CODES } from '../import/import-problem';
import type { ImportReport } from '../import/import-report';
import type { ImportRun } from '../import/run-import.use-case';
import type { ImportProgress } from '../ports/import-store.port';
import type { Assert, SameShape } from './same-shape';

const ImportProblem = z.enum(['name', 'siren', 'siret', 'email', 'phone', 'website', 'address', 'date', 'lifecycle', 'person', 'csv', 'comment', 'company']);
const ProblemCode = z.enum(IMPORT_PROBLEM_CODES);
const reported = z.object({ problem: ImportProblem, code: ProblemCode, field: z.string(), value: z.string().optional(), message: z.string() });
const count = z.number().int();
const tierCounts = z.object({ created: count, mergedInFile: count, matchedInBase: count, alreadyImported: count });

const ImportReportSchema = z.object({
  importId: z.string(),
  dryRun: z.boolean(),
  file: z.object({
    name: z.string().optional(),
    bytes: count,
    encoding: z.enum(['utf-8', 'windows-1252', 'mixed']),
    bom: z.boolean(),
    separator: z.string(),
    lines: count,
    blankLines: count,
    columns: z.array(z.string()),
    unmappedColumns: z.array(z.string()),
  }),
  rows: z.object({ read: count, imported: count, merged: count, alreadyImported: count, rejected: count, skipped: count }),
  organisations: tierCounts,
  persons: tierCounts.extend({ linkedToSeveral: count }),
  notes: z.object({ logged: count, flaggedComments: count }),
  rejected: z.array(
    z.object({
      line: count,
      reason: ImportProblem,
      problems: z.array(reported),
    }),
  ),
  merged: z.array(z.object({ line: count, into: z.string(), intoLine: count.optional(), inBase: z.boolean(), score: z.number().optional(), reasons: z.array(z.string()) })),
  suspectedDuplicates: z.array(z.object({ line: count, tierId: z.string(), candidateId: z.string(), score: z.number(), reasons: z.array(z.string()) })),
  flaggedComments: z.array(z.object({ line: count, categories: z.array(z.string()) })),
  warnings: z.array(reported.extend({ line: count })),
  truncated: z.boolean(),
  checkpoint: z.object({ recordsDone: count, complete: z.boolean() }),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type ImportReportMatches = Assert<SameShape<z.output<typeof ImportReportSchema>, ImportReport>>;

/** The quality report of an import, with its plain-text summary in the caller's language. */
export const ImportReportAnswer = ImportReportSchema.extend({ items: ImportItemsPage, summary: z.string() }).meta({ id: 'ImportReport' });
export type ImportRunMatches = Assert<SameShape<Omit<z.output<typeof ImportReportAnswer>, 'summary'>, ImportRun>>;

/** `GET /api/imports/{importId}`: how far the import of a file went. */
export const ImportProgressAnswer = z
  .object({
    importId: z.string(),
    mappingKey: z.string(),
    recordsDone: count,
    counts: ImportReportSchema.pick({ rows: true, organisations: true, persons: true, notes: true }),
    complete: z.boolean(),
    mixed: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ImportProgress' });
export type ImportProgressMatches = Assert<SameShape<z.output<typeof ImportProgressAnswer>, ImportProgress>>;
