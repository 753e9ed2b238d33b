import { describeMatchReason, type MatchReason } from '../matching';
import type { Language } from '../model/common.schema';
import type { BatchOutcome, TierOutcome, TierOutcomeKind } from './import-batch.use-case';
import type { ImportItem, ImportItemView } from './import-item.schema';
import type { ImportLayout } from './import-mapping.schema';
import { reportProblem, type ImportProblem, type ReportedProblem, type RowProblem } from './import-problem';
import type { MappedRow } from './import-row';

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

/** An item in the reader's language: problems and match evidence worded. */
export const wordItem = (item: ImportItem, lang: Language): ImportItemView => {
  const { organisations, problems, warnings, ...rest } = item;
  return {
    ...rest,
    ...(organisations ? { organisations: organisations.map((o) => ({ ...o, reasons: (o.evidence ?? []).map((r) => describeMatchReason(r as MatchReason, lang)) })) } : {}),
    ...(problems ? { problems: problems.map((p) => reportProblem(p, lang)) } : {}),
    ...(warnings ? { warnings: warnings.map((p) => reportProblem(p, lang)) } : {}),
  };
};

export type ImportCounts = {
  rows: { read: number; imported: number; merged: number; alreadyImported: number; rejected: number; skipped: number };
  organisations: { created: number; mergedInFile: number; matchedInBase: number; alreadyImported: number };
  persons: { created: number; mergedInFile: number; matchedInBase: number; alreadyImported: number; linkedToSeveral: number };
  notes: { logged: number; flaggedComments: number };
};

export type ImportReport = ImportCounts & {
  importId: string;
  dryRun: boolean;
  file: ImportFileInfo;
  rejected: { line: number; reason: ImportProblem; problems: ReportedProblem[] }[];
  merged: { line: number; into: string; intoLine?: number; inBase: boolean; score?: number; reasons: string[] }[];
  suspectedDuplicates: { line: number; tierId: string; candidateId: string; score: number; reasons: string[] }[];
  flaggedComments: { line: number; categories: string[] }[];
  warnings: ({ line: number } & ReportedProblem)[];
  /** Some lists hit REPORT_LIST_LIMIT. */
  truncated: boolean;
  /** Records of the file done so far (a job resumes from here); `complete` once the file is done. */
  checkpoint: { recordsDone: number; complete: boolean };
  startedAt: string;
  finishedAt?: string;
};

export const emptyCounts = (): ImportCounts => ({
  rows: { read: 0, imported: 0, merged: 0, alreadyImported: 0, rejected: 0, skipped: 0 },
  organisations: { created: 0, mergedInFile: 0, matchedInBase: 0, alreadyImported: 0 },
  persons: { created: 0, mergedInFile: 0, matchedInBase: 0, alreadyImported: 0, linkedToSeveral: 0 },
  notes: { logged: 0, flaggedComments: 0 },
});

export type ReportBuilder = {
  report: ImportReport;
  rejected: (line: number, problems: RowProblem[]) => ImportItem;
  skipped: (line: number) => ImportItem;
  accepted: (row: MappedRow) => void;
  /** A batch's outcome counted; answers each row's item, in the rows' order. */
  batch: (rows: readonly MappedRow[], outcome: BatchOutcome) => ImportItem[];
  /** A row a previous run of this file did, restated from its stored item. */
  restated: (item: ImportItem) => void;
};

const counted = (kind: TierOutcomeKind, counts: { created: number; mergedInFile: number; matchedInBase: number; alreadyImported: number }) => {
  if (kind === 'created') counts.created += 1;
  else if (kind === 'already-imported') counts.alreadyImported += 1;
  else if (kind === 'matched') counts.matchedInBase += 1;
  else counts.mergedInFile += 1;
};

/** Collects a run's outcomes into its quality report, reasons worded in `lang`; counts carried on from an earlier chunk when given. */
export const reportBuilder = (init: {
  importId: string;
  dryRun: boolean;
  file: ImportFileInfo;
  startedAt: string;
  lang: Language;
  layout: ImportLayout;
  counts?: ImportCounts;
}): ReportBuilder => {
  const report: ImportReport = {
    importId: init.importId,
    dryRun: init.dryRun,
    file: init.file,
    ...(init.counts ? structuredClone(init.counts) : emptyCounts()),
    rejected: [],
    merged: [],
    suspectedDuplicates: [],
    flaggedComments: [],
    warnings: [],
    truncated: false,
    checkpoint: { recordsDone: 0, complete: false },
    startedAt: init.startedAt,
  };
  const push = <T>(list: T[], item: T) => {
    if (list.length < REPORT_LIST_LIMIT) list.push(item);
    else report.truncated = true;
  };
  const words = (reasons: readonly MatchReason[] | undefined) => (reasons ?? []).map((r) => describeMatchReason(r, init.lang));
  const warned = new Map<number, RowProblem[]>();

  /** The row's outcome as its main record says: the company in a mixed or companies file, the person in a contacts file. */
  const rowOutcome = (main: (TierOutcome & { first: boolean }) | undefined): ImportItem['outcome'] => {
    if (!main) return 'imported';
    if (main.kind === 'already-imported') return 'already-imported';
    return main.kind === 'created' && main.first ? 'imported' : 'merged';
  };

  const countRow = (outcome: ImportItem['outcome']) => {
    if (outcome === 'imported') report.rows.imported += 1;
    else if (outcome === 'merged') report.rows.merged += 1;
    else if (outcome === 'already-imported') report.rows.alreadyImported += 1;
  };

  return {
    report,
    rejected: (line, problems) => {
      report.rows.read += 1;
      report.rows.rejected += 1;
      push(report.rejected, { line, reason: problems[0]?.problem ?? 'csv', problems: problems.map((p) => reportProblem(p, init.lang)) });
      return { line, outcome: 'rejected', problems };
    },
    skipped: (line) => {
      report.rows.read += 1;
      report.rows.skipped += 1;
      return { line, outcome: 'skipped' };
    },
    accepted: (row) => {
      report.rows.read += 1;
      if (row.warnings.length > 0) warned.set(row.line, [...row.warnings]);
      row.warnings.forEach((w) => push(report.warnings, { line: row.line, ...reportProblem(w, init.lang) }));
      if (row.flagged) {
        report.notes.flaggedComments += 1;
        push(report.flaggedComments, { line: row.line, categories: [...new Set(row.flagged.findings.map((f) => f.category))] });
      }
    },
    restated: (item) => {
      report.rows.read += 1;
      if (item.outcome === 'rejected') {
        report.rows.rejected += 1;
        push(report.rejected, { line: item.line, reason: item.problems?.[0]?.problem ?? 'csv', problems: (item.problems ?? []).map((p) => reportProblem(p, init.lang)) });
      } else if (item.outcome === 'skipped') report.rows.skipped += 1;
      else report.rows.alreadyImported += 1;
    },
    batch: (rows, outcome) => {
      outcome.organisations.forEach((o) => counted(o.kind, report.organisations));
      outcome.persons.forEach((p) => {
        counted(p.kind, report.persons);
        report.persons.mergedInFile += p.lines.length - 1;
        if (p.organisationIds.length > 1) report.persons.linkedToSeveral += 1;
      });
      outcome.suspected.forEach((s) => push(report.suspectedDuplicates, { ...s, reasons: words(s.reasons) }));
      report.notes.logged += outcome.notes.filter((n) => n.created).length;
      outcome.unknownEmployers.forEach(({ line, externalId }) => {
        const warning: RowProblem = { problem: 'company', code: 'COMPANY_UNKNOWN', field: 'person.organisationExternalId', value: externalId };
        warned.set(line, [...(warned.get(line) ?? []), warning]);
        push(report.warnings, { line, ...reportProblem(warning, init.lang) });
      });
      const byMention = new Map(outcome.organisations.flatMap((o) => o.mentions.map((m, i) => [`${m.line}.${m.index}`, { ...o, first: i === 0 }] as const)));
      const byPersonLine = new Map(outcome.persons.flatMap((p) => p.lines.map((line, i) => [line, { ...p, first: i === 0 }] as const)));
      return rows.map((row): ImportItem => {
        // A contact's employers found by their ids were never matched by name: the person's links say them.
        const organisations = row.organisations.flatMap((_, index) => byMention.get(`${row.line}.${index}`) ?? []);
        const person = byPersonLine.get(row.line);
        const main = init.layout === 'contacts' ? person : organisations[0];
        const outcomeOfRow = rowOutcome(main);
        countRow(outcomeOfRow);
        const firstOrganisation = organisations[0];
        if (outcomeOfRow === 'merged' && firstOrganisation && init.layout !== 'contacts')
          push(report.merged, {
            line: row.line,
            into: firstOrganisation.tierId,
            ...(firstOrganisation.kind === 'created' ? { intoLine: firstOrganisation.lines[0] } : {}),
            inBase: firstOrganisation.kind === 'matched',
            ...(firstOrganisation.match ? { score: firstOrganisation.match.score } : {}),
            reasons: words(firstOrganisation.match?.reasons),
          });
        const warnings = warned.get(row.line);
        warned.delete(row.line);
        return {
          line: row.line,
          outcome: outcomeOfRow,
          ...(organisations.length > 0
            ? {
                organisations: organisations.map((o) => ({
                  tierId: o.tierId,
                  outcome: o.kind,
                  ...(!o.first && o.kind === 'created' ? { intoLine: o.lines[0] } : {}),
                  ...(o.match ? { score: o.match.score, evidence: o.match.reasons } : {}),
                })),
              }
            : {}),
          ...(person
            ? { person: { tierId: person.tierId, outcome: person.kind, organisationIds: person.organisationIds, ...(!person.first ? { intoLine: person.lines[0] } : {}) } }
            : {}),
          ...(warnings ? { warnings } : {}),
        };
      });
    },
  };
};
