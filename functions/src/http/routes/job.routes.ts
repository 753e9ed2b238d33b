import { getJob, listDeadLetters, requestRepair, requestRetentionRun } from '@relais/domain';
import { idempotencyKey, queryObject, readJson } from '../request-body';
import { accepted, ok } from '../responses';
import type { Route } from '../route';

/** Jobs (long work followed by polling), the runs that start them, and what the queues parked. */
export const jobRoutes: Route[] = [
  {
    name: 'jobs-get',
    docs: { summary: 'A job: status, progress { done, total }, result or error (its requester, stewards and admins; 404 to anyone else)', returns: 'Job' },
    method: 'GET',
    path: 'jobs/{id}',
    handler: async (request, { deps, caller }) => ok(await getJob(deps, caller, request.params.id ?? ''), { 'cache-control': 'no-store' }),
  },
  {
    name: 'retention-runs-create',
    docs: { summary: 'Start the CNIL retention run as a job (stewards, admins); 202 + Location', body: 'RetentionRunRequest', returns: 'Job', status: 202 },
    method: 'POST',
    path: 'retention/runs',
    handler: async (request, { deps, caller }) => {
      const body = request.headers.get('content-length') === '0' || !request.headers.get('content-type') ? {} : await readJson(request);
      return accepted(await requestRetentionRun(deps, caller, body, idempotencyKey(request)));
    },
  },
  {
    name: 'repair-create',
    docs: { summary: 'Start the repair pass as a job (admins): finishes half-done writes, re-derives indexes; 202 + Location', returns: 'Job', status: 202 },
    method: 'POST',
    path: 'repair',
    handler: async (request, { deps, caller }) => accepted(await requestRepair(deps, caller, idempotencyKey(request))),
  },
  {
    name: 'admin-dead-letters',
    docs: { summary: 'Background messages parked after every retry, with their last error, newest first (admins; paged)', returns: 'DeadLetter' },
    method: 'GET',
    path: 'admin/dead-letters',
    handler: async (request, { deps, caller }) => ok(await listDeadLetters(deps, caller, queryObject(request))),
  },
];
