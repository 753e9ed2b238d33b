import type { Deps } from '../ports/deps';
import type { Job, JobProgress } from './job.schema';

/** What one chunk did: where to resume, or the finished work's answer. */
export type ChunkOutcome =
  | { done: false; checkpoint: Record<string, unknown>; progress: JobProgress }
  | { done: true; progress: JobProgress; result: unknown };

/**
 * One chunk of a job, well under a minute. It must be idempotent: a worker killed after the chunk's
 * writes but before its checkpoint was saved runs the same chunk again.
 */
export type JobStep = (deps: Deps, job: Job) => Promise<ChunkOutcome>;

/** A chunk stops taking more work once it has run this long (the checkpoint is saved, the next chunk queued). */
export const CHUNK_BUDGET_MS = 15_000;

/** A job's running report through chunk n is saved as `report-n`: a chunk run twice reads the same report before it. */
export const chunkReportName = (chunk: number): string => `report-${chunk}`;
