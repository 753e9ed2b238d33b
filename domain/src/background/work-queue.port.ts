import type { Page } from '../ports/tier-store.port';
import type { WorkEnvelope } from './work-message.schema';

export type WorkQueue = {
  /** Sends a message; `delayMs` keeps it invisible that long first (the retry backoff). */
  send: (envelope: WorkEnvelope, options?: { delayMs?: number }) => Promise<void>;
};

/** What a pending marker stands for: an interaction whose completion is queued, or a job not finished. */
export type PendingKind = 'interaction' | 'job';
export type PendingMarker = { kind: PendingKind; id: string; since: string; rep?: { userId: string; name: string; teams: string[]; email?: string } };

/**
 * Small markers written with the work they stand for and removed when it is complete: the sweep reads
 * only these, never the base, to find work whose message was lost.
 */
export type PendingWorkStore = {
  /** Writes (or moves forward) the marker; `since` is when the work was last known to be under way. */
  mark: (marker: PendingMarker) => Promise<void>;
  clear: (kind: PendingKind, id: string) => Promise<void>;
  /** Markers of `kind` not touched since `before`, at most `limit`. */
  stale: (kind: PendingKind, before: string, limit: number) => Promise<PendingMarker[]>;
};

/** A message that failed every attempt, parked with its last error so an admin can see and replay it. */
export type DeadLetter = { id: string; parkedAt: string; attempts: number; lane: 'work' | 'jobs'; message: unknown; error: string };

export type DeadLetterStore = {
  park: (letter: DeadLetter) => Promise<void>;
  /** Newest first. */
  list: (limit: number, cursor?: string) => Promise<Page<DeadLetter>>;
};
