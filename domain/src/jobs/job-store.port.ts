import type { Versioned } from '../ports/tier-store.port';
import type { Job } from './job.schema';

export type JobStore = {
  create: (job: Job) => Promise<string>;
  get: (id: string) => Promise<Versioned<Job> | undefined>;
  /** Replaces under the ETag read; a lost race throws CONCURRENCY.STALE. */
  save: (job: Job, etag: string) => Promise<string>;
  /** A document beside the job (an uploaded file, a large result, a running report), by name. */
  putData: (jobId: string, name: string, bytes: Uint8Array) => Promise<void>;
  readData: (jobId: string, name: string) => Promise<Uint8Array | undefined>;
  /** The same document as a stream, for files read in chunks. */
  openData: (jobId: string, name: string) => AsyncIterable<Uint8Array>;
};
