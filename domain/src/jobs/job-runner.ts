import { enqueue } from '../background/enqueue';
import type { BackgroundPorts } from '../background/background.port';
import { DomainError, isDomainError, notFound } from '../errors/domain-error';
import { hasRole, type Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { isFinished, type Job, type JobError, type JobKind, type JobProgress, type JobView } from './job.schema';

type WithBackground = Deps & { background: BackgroundPorts };

/** Results above this many characters are kept beside the job record rather than in it. */
const INLINE_RESULT_CHARS = 30_000;
const RESULT = 'result';

const backgroundOf = (deps: Deps): WithBackground => {
  if (!deps.background) throw new DomainError('JOB.UNAVAILABLE', 'not-found', 'Background jobs are not configured.');
  return deps as WithBackground;
};

export type StartJob = {
  kind: JobKind;
  input: Record<string, unknown>;
  total: number;
  /** Same key, same job: a retried request finds the job it started. */
  idempotencyKey?: string;
  /** Saved beside the job before its first chunk runs (an uploaded file). */
  data?: { name: string; bytes: Uint8Array };
};

/**
 * Creates a job and queues its first chunk. The job's pending marker is written with it: if the
 * message is lost, the sweep queues the chunk again, so a job never waits for a person.
 */
export const startJob = async (deps: Deps, caller: Caller, start: StartJob): Promise<JobView> => {
  const bg = backgroundOf(deps);
  const id = start.idempotencyKey ? deps.ids.fromKey('job', `${caller.userId}\n${start.kind}\n${start.idempotencyKey}`) : deps.ids.newId();
  const existing = await bg.background.jobs.get(id);
  if (existing) return jobView(deps, existing.value);
  const now = deps.clock.now();
  const job: Job = {
    id, kind: start.kind, status: 'queued', progress: { done: 0, total: start.total }, requestedBy: caller.userId,
    input: start.input, checkpoint: {}, chunk: 0, createdAt: now, updatedAt: now,
  };
  if (start.data) await bg.background.jobs.putData(id, start.data.name, start.data.bytes);
  await Promise.all([bg.background.jobs.create(job), bg.background.pending.mark({ kind: 'job', id, since: now })]);
  await enqueue(bg, { kind: 'job.chunk', jobId: id, chunk: 0 }).catch(() => undefined); // the marker stands: the sweep queues it
  return jobView(deps, job);
};

/** The job as API.md shows it; a large result is read from beside the record. */
export const jobView = async (deps: Deps, job: Job): Promise<JobView> => {
  let result = job.result;
  if (job.resultData) {
    const bytes = await deps.background?.jobs.readData(job.id, job.resultData);
    result = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  }
  return { id: job.id, kind: job.kind, status: job.status, progress: job.progress, ...(result !== undefined ? { result } : {}), ...(job.error ? { error: job.error } : {}) };
};

/** Only who asked, stewards and admins see a job; to anyone else it does not exist. */
export const getJob = async (deps: Deps, caller: Caller, id: string): Promise<JobView> => {
  const found = await deps.background?.jobs.get(id);
  if (!found || (found.value.requestedBy !== caller.userId && !hasRole(caller, 'steward', 'admin'))) throw notFound('job', id);
  return jobView(deps, found.value);
};

const saveOrLose = async (deps: WithBackground, job: Job, etag: string): Promise<string | undefined> => {
  try {
    return await deps.background.jobs.save(job, etag);
  } catch (error) {
    if (isDomainError(error) && error.kind === 'precondition-failed') return undefined;
    throw error;
  }
};

/** Ends a job in failure (a rule the work hit, or its message parked after every retry). */
export const failJob = async (deps: Deps, jobId: string, error: JobError): Promise<void> => {
  const bg = backgroundOf(deps);
  const found = await bg.background.jobs.get(jobId);
  if (!found || isFinished(found.value.status)) return;
  const failed: Job = { ...found.value, status: 'failed', error, updatedAt: deps.clock.now() };
  if (await saveOrLose(bg, failed, found.etag)) await bg.background.pending.clear('job', jobId);
};

const finished = async (deps: WithBackground, job: Job, progress: JobProgress, result: unknown): Promise<Job> => {
  const base: Job = { ...job, status: 'succeeded', progress, checkpoint: {}, chunk: job.chunk + 1, leasedUntil: undefined, updatedAt: deps.clock.now() };
  const json = JSON.stringify(result ?? null);
  if (json.length <= INLINE_RESULT_CHARS) return { ...base, result };
  await deps.background.jobs.putData(job.id, RESULT, new TextEncoder().encode(json));
  return { ...base, resultData: RESULT };
};

/**
 * Runs chunk `chunk` of a job: the step's work, then its checkpoint saved under the job's ETag, then
 * the next chunk queued. A repeated or late message finds the counter moved and does nothing; two
 * deliveries racing on one chunk both do its idempotent work and only one saves.
 */
export const runJobChunk = async (deps: Deps, jobId: string, chunk: number): Promise<void> => {
  const bg = backgroundOf(deps);
  let found: Versioned<Job> | undefined = await bg.background.jobs.get(jobId);
  const now = deps.clock.now();
  if (!found || isFinished(found.value.status) || found.value.chunk !== chunk) return;
  // A second delivery of a chunk under way (a resend, a duplicate) leaves it to the one that holds it.
  if (found.value.leasedUntil && found.value.leasedUntil > now) return;
  const leased: Job = { ...found.value, status: 'running', leasedUntil: new Date(Date.parse(now) + bg.background.settings.jobLeaseMs).toISOString(), updatedAt: now };
  const etag = await saveOrLose(bg, leased, found.etag);
  if (!etag) return;
  found = { value: leased, etag };
  const job = found.value;
  // The marker moves forward while the chunk runs: the sweep leaves a working chunk alone.
  await bg.background.pending.mark({ kind: 'job', id: jobId, since: now });
  const step = bg.background.jobSteps[job.kind];
  if (!step) return failJob(deps, jobId, { code: 'JOB.UNKNOWN_KIND', message: `No worker knows jobs of kind ${job.kind}.` });
  let outcome;
  try {
    outcome = await step(deps, job);
  } catch (error) {
    // A rule the work breaks will break again: the job fails now. Anything else is retried by the queue.
    if (isDomainError(error)) return failJob(deps, jobId, { code: error.code, message: error.message });
    throw error;
  }
  const next: Job = outcome.done
    ? await finished(bg, job, outcome.progress, outcome.result)
    : { ...job, checkpoint: outcome.checkpoint, progress: outcome.progress, chunk: chunk + 1, leasedUntil: undefined, updatedAt: deps.clock.now() };
  if (!(await saveOrLose(bg, next, found.etag))) return;
  if (outcome.done) return bg.background.pending.clear('job', jobId);
  await bg.background.pending.mark({ kind: 'job', id: jobId, since: deps.clock.now() });
  await enqueue(bg, { kind: 'job.chunk', jobId, chunk: chunk + 1 });
};
