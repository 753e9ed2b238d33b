import type { DayRollup } from '../reporting/day-rollup';
import type { RepDay } from '../reporting/rep-day';
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

export type RepInfo = { id: string; name: string; teams: string[] };

/**
 * Activity per (day, rep) and its daily rollups. Writing a rep's day marks that day's rollup stale;
 * a report rebuilds stale rollups from the days' rows and reads the others as they are.
 */
export type ActivityStore = {
  getDay: (day: string, rep: string) => Promise<Versioned<RepDay> | undefined>;
  /** Creates (no ETag) or replaces (ETag) a rep's day; a lost race throws CONCURRENCY.STALE. */
  putDay: (row: RepDay, etag: string | undefined) => Promise<void>;
  repDays: (day: string) => Promise<RepDay[]>;
  /** Rollups of the days in [from, to), each with whether it is stale. */
  rollups: (from: string, to: string) => Promise<(Versioned<DayRollup> & { stale: boolean })[]>;
  /** Stores a rebuilt rollup unless the day changed meanwhile (then it stays stale); false when not stored. */
  putRollup: (rollup: DayRollup, etag: string | undefined) => Promise<boolean>;
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

/** Scores, segments and reports: optional, so a Relais without them (and unit tests) still runs. */
export type InsightStores = { summaries: TierInsightStore; activity: ActivityStore; segments: SegmentStore; scoreRules: ScoreRuleStore };
