import type { DayRollup } from '../reporting/day-rollup';
import type { DayChange, RepDay } from '../reporting/rep-day';
import type { ScoreRuleSet } from '../scoring/score-rules.schema';
import type { TierInsight } from '../scoring/tier-insight';
import type { Segment } from '../segments/segment.schema';
import type { Versioned } from './tier-store.port';

/** One stored group of tier summaries; `key` orders the groups and resumes a scan. */
export type InsightBucket = { key: string; insights: TierInsight[] };

/**
 * Tier summaries (scores and segments read them, never the tiers' partitions). Writes are guarded
 * by the ETag read with the summary: a lost race throws CONCURRENCY.STALE and the caller retries.
 */
export type TierInsightStore = {
  /** The summary, if any, and the ETag to write it back under (none when nothing is stored near it yet). */
  read: (tierId: string) => Promise<{ value?: TierInsight; etag?: string }>;
  write: (insight: TierInsight, etag: string | undefined) => Promise<void>;
  remove: (tierId: string) => Promise<void>;
  /** Every summary in key order, a group at a time, from a group key on (inclusive). */
  scan: (from?: string) => AsyncIterable<InsightBucket>;
  /** Every summary, groups read in parallel, in no particular order: for counts and exports. */
  scanAll: () => AsyncIterable<TierInsight[]>;
};

/** A Relais user as their token said when they last used it; `email` finds a colleague on an e-mail. */
export type RepInfo = { id: string; name: string; teams: string[]; email?: string };

export type RollupGrain = 'day' | 'month';

/**
 * Activity per (day, rep) and its daily rollups. Writing a rep's day marks that day's rollup stale;
 * a report rebuilds stale rollups from the days' rows and reads the others as they are.
 */
export type ActivityStore = {
  getDay: (day: string, rep: string) => Promise<Versioned<RepDay> | undefined>;
  /** Creates (no ETag) or replaces (ETag) a rep's day and returns its new ETag; a lost race throws CONCURRENCY.STALE. */
  putDay: (row: RepDay, etag: string | undefined) => Promise<string>;
  /** Every rep's rows of the days in [from, to), in one ranged read (a rebuild of many days costs one query, not one per day). */
  repDays: (from: string, to: string) => Promise<RepDay[]>;
  /**
   * Rollups of the days (or the months, `YYYY-MM`) in [from, to), each with whether it is stale. A rep's
   * day written marks its day and its month stale; a month never built is absent.
   */
  rollups: (from: string, to: string, grain?: RollupGrain) => Promise<(Versioned<DayRollup> & { stale: boolean })[]>;
  /** Stores a rebuilt rollup unless its day (month) changed meanwhile (then it stays stale); false when not stored. */
  putRollup: (rollup: DayRollup, etag: string | undefined, grain?: RollupGrain) => Promise<boolean>;
  putRep: (rep: RepInfo) => Promise<void>;
  reps: () => Promise<RepInfo[]>;
};

export type SegmentStore = {
  insert: (segment: Segment) => Promise<string>;
  get: (id: string) => Promise<Versioned<Segment> | undefined>;
  list: () => Promise<Segment[]>;
  replace: (segment: Segment, etag: string) => Promise<string>;
  remove: (id: string, etag: string) => Promise<void>;
};

export type ScoreRuleStore = {
  get: () => Promise<Versioned<ScoreRuleSet> | undefined>;
  put: (rules: ScoreRuleSet, etag: string | undefined) => Promise<string>;
};

/**
 * Insight work that could not land (a row too hot to win in time, a storage error) while the record it
 * follows was saved: redone later from that record. Every item is idempotent to redo.
 */
export type InsightCatchUpItem =
  /** Count a logged interaction in its participants' summaries and its performer's day. */
  | { kind: 'interaction'; id: string }
  /** Re-read a tier's partition into its summary (tasks, facts, relations, change requests); `rebuild` reads its timeline too. */
  | { kind: 'tier'; id: string; rebuild?: boolean }
  /** Apply a change to a rep's day (tasks created, due, done; new tiers; conversions). */
  | { kind: 'activity'; day: string; rep: string; repName?: string; change: DayChange };

export type PendingCatchUp = { key: string; item: InsightCatchUpItem; etag: string };

export type InsightCatchUpStore = {
  /** Records an item under a deterministic key: marking the same work twice keeps one item. Never conflicts. */
  mark: (key: string, item: InsightCatchUpItem) => Promise<void>;
  /** Pending items, at most `limit` (in key order). */
  pending: (limit: number) => Promise<PendingCatchUp[]>;
  /** Removes an item once redone, unless it was marked again since it was read (then it stays: false). */
  clear: (pending: PendingCatchUp) => Promise<boolean>;
};

/** Scores, segments and reports: optional, so a Relais without them (and unit tests) still runs. */
export type InsightStores = {
  summaries: TierInsightStore;
  activity: ActivityStore;
  segments: SegmentStore;
  scoreRules: ScoreRuleStore;
  catchUp: InsightCatchUpStore;
};
