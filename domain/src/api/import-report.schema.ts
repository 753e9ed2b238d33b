import { z } from 'zod';
import type { ImportReport } from '../import/import-report';
import type { Assert, SameShape } from './same-shape';

const ImportProblem = z.enum(['name', 'siren', 'siret', 'email', 'phone', 'website', 'address', 'date', 'lifecycle', 'person', 'csv', 'comment']);
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
  rows: z.object({ read: count, imported: count, merged: count, alreadyImported: count, rejected: count }),
  organisations: tierCounts,
  persons: tierCounts,
  notes: z.object({ logged: count, flaggedComments: count }),
  rejected: z.array(
    z.object({
      line: count,
      reason: ImportProblem,
      problems: z.array(z.object({ problem: ImportProblem, field: z.string(), message: z.string(), value: z.string().optional() })),
    }),
  ),
  merged: z.array(z.object({ line: count, into: z.string(), intoLine: count.optional(), inBase: z.boolean(), score: z.number().optional(), reasons: z.array(z.string()) })),
  suspectedDuplicates: z.array(z.object({ line: count, tierId: z.string(), candidateId: z.string(), score: z.number(), reasons: z.array(z.string()) })),
  flaggedComments: z.array(z.object({ line: count, categories: z.array(z.string()) })),
  warnings: z.array(z.object({ line: count, problem: ImportProblem, field: z.string(), message: z.string() })),
  truncated: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type ImportReportMatches = Assert<SameShape<z.output<typeof ImportReportSchema>, ImportReport>>;

/** The quality report of an import, with its plain-text summary in the caller's language. */
export const ImportReportAnswer = ImportReportSchema.extend({ summary: z.string() }).meta({ id: 'ImportReport' });
