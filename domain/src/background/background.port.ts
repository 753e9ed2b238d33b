import type { JobStep } from '../jobs/job-step';
import type { JobKind } from '../jobs/job.schema';
import type { JobStore } from '../jobs/job-store.port';
import type { DeadLetterStore, PendingWorkStore, WorkQueue } from './work-queue.port';

export type BackgroundSettings = {
  /** Deliveries before a failing message is parked. */
  maxAttempts: number;
  /** The first retry's delay; each further one doubles it (capped at MAX_BACKOFF_MS). */
  backoffMs: number;
  /** How long a pending marker may stand untouched before the sweep sends its work again. */
  staleAfterMs: number;
  /** A merge moving more records than this runs as a job (202); fewer are done in the request. */
  mergeInlineMoves: number;
  /** How long a delivery holds a job's chunk; past it (the worker died) a resent chunk is taken over. */
  jobLeaseMs: number;
  /** CSV records an import job's chunk takes at most. */
  importChunkRecords: number;
};

/** Queues, markers, parked messages and jobs: without them (unit tests) every use case does its work inline. */
export type BackgroundPorts = {
  queue: WorkQueue;
  pending: PendingWorkStore;
  deadLetters: DeadLetterStore;
  jobs: JobStore;
  /** How each kind of job does one chunk; the import's reads CSV, so its adapter adds it. */
  jobSteps: Partial<Record<JobKind, JobStep>>;
  settings: BackgroundSettings;
};

export const MAX_BACKOFF_MS = 10 * 60_000;
