import { REPORT_LIST_LIMIT, type ImportReport } from '../import/import-report';

type Counts = Record<string, number>;
const isCounts = (value: unknown): value is Counts =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'number');

/**
 * One report for an import run in chunks: counts add up, lists follow each other (bounded as one
 * run bounds them), the file is as the last chunk read it, the dates span the chunks. Written over
 * the report's shape, so counts or lists the report gains are summed and joined too.
 */
export const mergeImportReports = (first: ImportReport, next: ImportReport): ImportReport => {
  const merged: Record<string, unknown> = { ...first };
  let truncated = first.truncated || next.truncated;
  for (const [key, value] of Object.entries(next as Record<string, unknown>)) {
    const before = (first as Record<string, unknown>)[key];
    if (Array.isArray(value) && Array.isArray(before)) {
      const joined = [...before, ...value];
      if (joined.length > REPORT_LIST_LIMIT) truncated = true;
      merged[key] = joined.slice(0, REPORT_LIST_LIMIT);
    } else if (isCounts(value) && isCounts(before) && key !== 'file') {
      merged[key] = Object.fromEntries([...new Set([...Object.keys(before), ...Object.keys(value)])].map((k) => [k, (before[k] ?? 0) + (value[k] ?? 0)]));
    }
  }
  return { ...(merged as ImportReport), file: next.file, truncated, startedAt: first.startedAt, ...(next.finishedAt ? { finishedAt: next.finishedAt } : {}) };
};
