import type { ImportItem } from '../import/import-item.schema';
import type { ImportCounts } from '../import/import-report';
import type { Page, Versioned } from './tier-store.port';

/**
 * How far an import of one file went: the records done (the checkpoint a re-run or the next chunk
 * of a job starts from), the counts so far, and the mapping it ran with (`mappingKey`): a run with
 * another mapping does not resume it.
 */
export type ImportProgress = {
  importId: string;
  mappingKey: string;
  recordsDone: number;
  counts: ImportCounts;
  complete: boolean;
  /** Runs with different mappings wrote for this file: every batch then reads what exists before it writes. */
  mixed: boolean;
  updatedAt: string;
};

/** An import's own records: its progress, its items (what became of each row), and the exporting systems' ids of what it imported. */
export type ImportStore = {
  progress: (importId: string) => Promise<Versioned<ImportProgress> | undefined>;
  /** Creates (no ETag) or replaces (ETag) the progress; a lost race throws CONCURRENCY.STALE. */
  saveProgress: (progress: ImportProgress, etag: string | undefined) => Promise<string>;
  /** Items of one run (`run`: the import id, with `~dry` for a dry run), in line order, replacing those of the same lines. */
  putItems: (run: string, items: readonly ImportItem[]) => Promise<void>;
  /** Items after line `after`, in line order, at most `limit`; `nextCursor` is the last line given. */
  items: (run: string, limit: number, after?: number) => Promise<Page<ImportItem>>;
  /** Which tier each id of the exporting system (a HubSpot "Record ID") became, whichever import brought it. */
  linkExternalIds: (system: string, links: readonly { externalId: string; tierId: string }[]) => Promise<void>;
  externalIds: (system: string, externalIds: readonly string[]) => Promise<Map<string, string>>;
};
