import { DeadLetterPage, DeadLetterQuery, getJob, JobView, listDeadLetters, requestRepair, requestRetentionRun, RetentionRunRequest } from '@relais/domain';
import { idempotencyKey, queryObject, readJson } from '../request-body';
import { accepted, ok } from '../responses';
import type { Route } from '../route';

/** Jobs (long work followed by polling), the runs that start them, and what the queues parked. */
export const jobRoutes: Route[] = [
  {
    name: 'jobs-get',
    docs: {
      summary: 'A job: its status, progress, and result or error',
      description: 'Its requester, stewards and admins read it; anyone else, or an id that names no job, gets 404. Poll until `status` is `succeeded` or `failed`.',
      tag: 'jobs',
      responses: { 200: { description: 'The job.', schema: JobView } },
      problems: { 404: ['JOB.NOT_FOUND', 'JOB.UNAVAILABLE'] },
    },
    method: 'GET',
    path: 'jobs/{id}',
    handler: async (request, { deps, caller }) => ok(await getJob(deps, caller, request.params.id ?? ''), { 'cache-control': 'no-store' }),
  },
  {
    name: 'retention-runs-create',
    docs: {
      summary: 'Start the retention run (CNIL durations) as a job (stewards, admins)',
      tag: 'jobs',
      body: RetentionRunRequest,
      bodyOptional: true,
      idempotencyKey: true,
      responses: { 202: { description: 'Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result counts what was purged or anonymised.', schema: JobView, headers: ['Location'] } },
      problems: { 403: ['RETENTION.FORBIDDEN'] },
    },
    method: 'POST',
    path: 'retention/runs',
    handler: async (request, { deps, caller }) => {
      const body = request.headers.get('content-length') === '0' || !request.headers.get('content-type') ? {} : await readJson(request);
      return accepted(await requestRetentionRun(deps, caller, body, idempotencyKey(request)));
    },
  },
  {
    name: 'repair-create',
    docs: {
      summary: 'Start the repair pass as a job (admins)',
      description: 'Finishes half-done writes and re-derives the indexes; what `npm run repair` does.',
      tag: 'jobs',
      idempotencyKey: true,
      responses: { 202: { description: 'Accepted: the job, followed at its Location (GET /api/jobs/{id}); its result counts what was repaired.', schema: JobView, headers: ['Location'] } },
      problems: { 403: ['REPAIR.FORBIDDEN'] },
    },
    method: 'POST',
    path: 'repair',
    handler: async (request, { deps, caller }) => accepted(await requestRepair(deps, caller, idempotencyKey(request))),
  },
  {
    name: 'admin-dead-letters',
    docs: {
      summary: 'Background messages parked after every retry, with their last error, newest first (admins)',
      tag: 'jobs',
      query: DeadLetterQuery,
      responses: { 200: { description: 'A page of parked messages.', schema: DeadLetterPage } },
      problems: { 403: ['ADMIN.FORBIDDEN'] },
    },
    method: 'GET',
    path: 'admin/dead-letters',
    handler: async (request, { deps, caller }) => ok(await listDeadLetters(deps, caller, queryObject(request))),
  },
];
