import { describeMatchReason, type MatchReason } from '../matching';
import type { Language } from '../model/common.schema';
import type { GroupOutcome } from './import-group.use-case';
import type { ImportProblem, MappedRow, RowProblem } from './import-row';

/** Lists in the report stop growing here (counts stay exact), so a huge file keeps a bounded report. */
export const REPORT_LIST_LIMIT = 5000;

export type ImportFileInfo = {
  name?: string;
  bytes: number;
  encoding: 'utf-8' | 'windows-1252' | 'mixed';
  bom: boolean;
  separator: string;
  lines: number;
  blankLines: number;
  columns: string[];
  unmappedColumns: string[];
};

export type ImportReport = {
  importId: string;
  dryRun: boolean;
  file: ImportFileInfo;
  rows: { read: number; imported: number; merged: number; alreadyImported: number; rejected: number };
  organisations: { created: number; mergedInFile: number; matchedInBase: number; alreadyImported: number };
  persons: { created: number; mergedInFile: number; matchedInBase: number; alreadyImported: number };
  notes: { logged: number; flaggedComments: number };
  rejected: { line: number; reason: ImportProblem; problems: RowProblem[] }[];
  merged: { line: number; into: string; intoLine?: number; inBase: boolean; score?: number; reasons: string[] }[];
  suspectedDuplicates: { line: number; tierId: string; candidateId: string; score: number; reasons: string[] }[];
  flaggedComments: { line: number; categories: string[] }[];
  warnings: { line: number; problem: ImportProblem; field: string; message: string }[];
  /** Some lists hit REPORT_LIST_LIMIT. */
  truncated: boolean;
  startedAt: string;
  finishedAt?: string;
};

export type ReportBuilder = {
  report: ImportReport;
  rejected: (line: number, problems: RowProblem[]) => void;
  accepted: (row: MappedRow) => void;
  group: (outcome: GroupOutcome) => void;
};

/** Collects a run's outcomes into its quality report, reasons worded in `lang`. */
export const reportBuilder = (init: { importId: string; dryRun: boolean; file: ImportFileInfo; startedAt: string; lang: Language }): ReportBuilder => {
  const report: ImportReport = {
    importId: init.importId,
    dryRun: init.dryRun,
    file: init.file,
    rows: { read: 0, imported: 0, merged: 0, alreadyImported: 0, rejected: 0 },
    organisations: { created: 0, mergedInFile: 0, matchedInBase: 0, alreadyImported: 0 },
    persons: { created: 0, mergedInFile: 0, matchedInBase: 0, alreadyImported: 0 },
    notes: { logged: 0, flaggedComments: 0 },
    rejected: [],
    merged: [],
    suspectedDuplicates: [],
    flaggedComments: [],
    warnings: [],
    truncated: false,
    startedAt: init.startedAt,
  };
  const push = <T>(list: T[], item: T) => {
    if (list.length < REPORT_LIST_LIMIT) list.push(item);
    else report.truncated = true;
  };
  const words = (reasons: readonly MatchReason[] | undefined) => (reasons ?? []).map((r) => describeMatchReason(r, init.lang));
  return {
    report,
    rejected: (line, problems) => {
      report.rows.read += 1;
      report.rows.rejected += 1;
      push(report.rejected, { line, reason: problems[0]?.problem ?? 'csv', problems });
    },
    accepted: (row) => {
      report.rows.read += 1;
      row.warnings.forEach((w) => push(report.warnings, { line: row.line, problem: w.problem, field: w.field, message: w.message }));
      if (row.flagged) {
        report.notes.flaggedComments += 1;
        push(report.flaggedComments, { line: row.line, categories: [...new Set(row.flagged.findings.map((f) => f.category))] });
      }
    },
    group: ({ organisation, persons, suspected, notes }) => {
      const [first, ...others] = organisation.lines;
      const counts = report.organisations;
      if (organisation.kind === 'created') {
        counts.created += 1;
        report.rows.imported += 1;
      } else if (organisation.kind === 'already-imported') counts.alreadyImported += 1;
      else if (organisation.kind === 'matched') counts.matchedInBase += 1;
      else counts.mergedInFile += 1;
      if (organisation.kind === 'already-imported') report.rows.alreadyImported += organisation.lines.length;
      else {
        const mergedLines = organisation.kind === 'created' ? others : organisation.lines;
        report.rows.merged += mergedLines.length;
        for (const line of mergedLines)
          push(report.merged, {
            line,
            into: organisation.tierId,
            ...(organisation.kind === 'created' ? { intoLine: first } : {}),
            inBase: organisation.kind === 'matched',
            ...(organisation.match ? { score: organisation.match.score } : {}),
            reasons: words(organisation.match?.reasons),
          });
      }
      for (const person of persons) {
        const p = report.persons;
        if (person.kind === 'created') p.created += 1;
        else if (person.kind === 'already-imported') p.alreadyImported += 1;
        else p.matchedInBase += 1;
        p.mergedInFile += person.lines.length - 1;
      }
      suspected.forEach((s) => push(report.suspectedDuplicates, { ...s, reasons: words(s.reasons) }));
      report.notes.logged += notes;
    },
  };
};
