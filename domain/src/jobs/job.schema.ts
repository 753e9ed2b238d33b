import { z } from 'zod';
import { ErrorCode } from '../errors/error-codes';
import { Id } from '../model/common.schema';

export const JobKind = z.enum(['erasure', 'person-export', 'import', 'merge', 'retention', 'repair']);
export type JobKind = z.infer<typeof JobKind>;
export const JobStatus = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobProgress = z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }).meta({ id: 'JobProgress' });
export type JobProgress = z.infer<typeof JobProgress>;
export const JobError = z.object({ code: ErrorCode, message: z.string() }).meta({ id: 'JobError' });
export type JobError = z.infer<typeof JobError>;

/** `GET /api/jobs/{id}`: what API.md names, nothing more. `result` is the finished work's answer (a report, an export). */
export const JobView = z
  .object({ id: Id, kind: JobKind, status: JobStatus, progress: JobProgress, result: z.unknown().optional(), error: JobError.optional() })
  .meta({ id: 'Job' });
export type JobView = z.infer<typeof JobView>;

/**
 * A job as stored: its input, where its last chunk stopped (`checkpoint`, small), and `chunk`, the
 * number of chunks done: a chunk message carrying another number is stale and does nothing.
 */
export type Job = {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: JobProgress;
  requestedBy: string;
  input: Record<string, unknown>;
  checkpoint: Record<string, unknown>;
  chunk: number;
  /** Until when the delivery running the current chunk holds it: another delivery of that chunk leaves it alone till then. */
  leasedUntil?: string;
  /** Results too large for the job record live beside it (JobStore.putData); `result` then stays unset. */
  resultData?: string;
  result?: unknown;
  error?: JobError;
  createdAt: string;
  updatedAt: string;
};

export const isFinished = (status: JobStatus): boolean => status === 'succeeded' || status === 'failed';
