import { REPORT_LIST_LIMIT } from '../import/import-report';
import { ITEMS_IN_REPORT, type ImportRun } from '../import/run-import.use-case';

/**
 * One report for an import run in chunks, as one run of the whole file gives: the counts are the
 * later chunk's (each chunk goes on from the counts the import's checkpoint kept), the lists follow
 * each other (bounded as one run bounds them), the first page of items is topped up to its size,
 * the dates span the chunks. Lists the report gains are joined too, being found by their shape.
 */
export const mergeImportReports = (first: ImportRun, next: ImportRun): ImportRun => {
  const merged: Record<string, unknown> = { ...next };
  let truncated = first.truncated || next.truncated;
  for (const [key, value] of Object.entries(next as Record<string, unknown>)) {
    const before = (first as Record<string, unknown>)[key];
    if (Array.isArray(value) && Array.isArray(before)) {
      const joined = [...before, ...value];
      if (joined.length > REPORT_LIST_LIMIT) truncated = true;
      merged[key] = joined.slice(0, REPORT_LIST_LIMIT);
    }
  }
  const shown = [...first.items.items, ...next.items.items];
  const page = shown.slice(0, ITEMS_IN_REPORT);
  const nextCursor = first.items.nextCursor ?? (shown.length > ITEMS_IN_REPORT ? String(page.at(-1)!.line) : next.items.nextCursor);
  return { ...(merged as ImportRun), truncated, startedAt: first.startedAt, items: { items: page, nextCursor } };
};
