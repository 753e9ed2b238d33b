import { DomainError } from '../errors/domain-error';
import type { Deps } from '../ports/deps';
import { erasePersonStep } from '../use-cases/erase-person.use-case';
import { exportPerson } from '../use-cases/export-person.use-case';
import { completePendingMerges } from '../use-cases/merge-tiers.use-case';
import { repairPage, type RepairCursor, type RepairReport } from '../use-cases/repair.use-case';
import { retentionPolicyOf } from '../use-cases/retention-job-subject';
import { ERASE_BATCH, eraseExpired, scanRetentionPage, type RetentionReport } from '../use-cases/retention-job.use-case';
import { callerOfJob } from './job-caller';
import { CHUNK_BUDGET_MS, chunkReportName, type ChunkOutcome, type JobStep } from './job-step';
import type { Job, JobKind } from './job.schema';

const ONE = { done: 1, total: 1 };

/** True while the chunk that started at `startedAt` may take more work. */
const withinBudget = (deps: Deps, startedAt: number): boolean => Date.parse(deps.clock.now()) - startedAt < CHUNK_BUDGET_MS;

const readJson = async <T>(deps: Deps, job: Job, name: string): Promise<T | undefined> => {
  const bytes = await deps.background!.jobs.readData(job.id, name);
  return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as T) : undefined;
};
const writeJson = (deps: Deps, job: Job, name: string, value: unknown) => deps.background!.jobs.putData(job.id, name, new TextEncoder().encode(JSON.stringify(value)));

/**
 * Steps of the lookup of mentions one chunk takes: each reads a page of postings per token of the
 * person and the records they point at, so a chunk's cost follows her mentions, never the base.
 */
export const ERASURE_CHUNK_STEPS = 8;

/**
 * The person's own records (redone, idempotent), then steps of the lookup of mentions from where
 * her journal says; the next chunk resumes there, until the tombstone and the report.
 */
const erasure: JobStep = async (deps, job): Promise<ChunkOutcome> => {
  const answer = await erasePersonStep(deps, callerOfJob(job.input), String(job.input.personId), ERASURE_CHUNK_STEPS);
  if ('alreadyErased' in answer) return { done: true, progress: ONE, result: answer };
  return { done: false, checkpoint: { phase: answer.phase, mentions: answer.mentions }, progress: { done: 0, total: 1 } };
};

const personExport: JobStep = async (deps, job) => ({ done: true, progress: ONE, result: await exportPerson(deps, callerOfJob(job.input), String(job.input.personId)) });

/** The merge's commit point was passed in the request; what is left moves the records (idempotent through the journal). */
const merge: JobStep = async (deps, job) => {
  const survivorId = String(job.input.survivorId);
  const duplicateId = String(job.input.duplicateId);
  await completePendingMerges(deps, survivorId);
  const [survivor, duplicate] = await Promise.all([deps.tiers.get(survivorId), deps.tiers.get(duplicateId)]);
  if (!survivor || duplicate?.value.status !== 'merged' || duplicate.value.mergedInto !== survivorId)
    throw new DomainError('TIER.MERGE_CONFLICT', 'conflict', `Tier ${duplicateId} changed, or a tier of this merge is gone or merged elsewhere; nothing more was merged.`);
  return { done: true, progress: { done: job.progress.total, total: job.progress.total }, result: survivor.value };
};

type RetentionCheckpoint = { cursor: string | null; scanDone: boolean; toErase: string[]; erased: number };

/**
 * Pages of the retention scan, then batches of erasures, until the chunk's budget is spent. The
 * report grows beside the job; `total` grows while the scan finds more pages.
 */
const retention: JobStep = async (deps, job): Promise<ChunkOutcome> => {
  const startedAt = Date.parse(deps.clock.now());
  const dryRun = job.input.dryRun === true;
  const policy = retentionPolicyOf(deps);
  const at: RetentionCheckpoint = { cursor: null, scanDone: false, toErase: [], erased: 0, ...(job.checkpoint as Partial<RetentionCheckpoint>) };
  const before = job.chunk > 0 ? await readJson<RetentionReport>(deps, job, chunkReportName(job.chunk - 1)) : undefined;
  // A report saved before holds existed has no `held`.
  const report: RetentionReport = { ranAt: job.createdAt, dryRun, policy, scanned: 0, expired: [], applied: [], failures: [], ...before, held: before?.held ?? [] };
  do {
    if (!at.scanDone) {
      const page = await scanRetentionPage(deps, policy, { dryRun }, at.cursor ?? undefined);
      report.scanned += page.scanned;
      report.expired.push(...page.expired);
      report.held.push(...page.held);
      report.applied.push(...page.applied);
      report.failures.push(...page.failures);
      at.toErase.push(...page.toErase);
      at.cursor = page.nextCursor;
      at.scanDone = page.nextCursor === null;
    } else if (at.erased < at.toErase.length) {
      const erased = await eraseExpired(deps, at.toErase.slice(at.erased, at.erased + ERASE_BATCH));
      report.applied.push(...erased.applied);
      report.failures.push(...erased.failures);
      at.erased = Math.min(at.toErase.length, at.erased + ERASE_BATCH);
    }
  } while (withinBudget(deps, startedAt) && !(at.scanDone && at.erased >= at.toErase.length));
  const progress = { done: report.scanned + at.erased, total: report.scanned + at.toErase.length + (at.scanDone ? 0 : 1) };
  if (at.scanDone && at.erased >= at.toErase.length) return { done: true, progress: { done: progress.done, total: progress.done }, result: report };
  await writeJson(deps, job, chunkReportName(job.chunk), report);
  return { done: false, checkpoint: at, progress };
};

/** Pages of the repair until the chunk's budget is spent. */
const repair: JobStep = async (deps, job): Promise<ChunkOutcome> => {
  const startedAt = Date.parse(deps.clock.now());
  const report = { tiers: 0, interactions: 0, ...(job.checkpoint.report as RepairReport | undefined) };
  let at: RepairCursor | null = (job.checkpoint.at as RepairCursor | undefined) ?? { phase: 'tiers', cursor: null };
  do {
    const phase: RepairCursor['phase'] = at.phase;
    const { repaired, next } = await repairPage(deps, at);
    if (phase !== 'catch-up') report[phase] += repaired;
    at = next;
  } while (at && withinBudget(deps, startedAt));
  const done = report.tiers + report.interactions;
  if (!at) return { done: true, progress: { done, total: done }, result: report };
  return { done: false, checkpoint: { at, report }, progress: { done, total: done + 1 } };
};

/** The jobs the domain knows how to run; the import's step comes from the adapter that reads CSV. */
export const domainJobSteps: Partial<Record<JobKind, JobStep>> = { erasure, 'person-export': personExport, merge, retention, repair };
