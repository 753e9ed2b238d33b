import type { JobView } from '@relais/domain';
import { body, type ApiClient } from './api-client';
import { ApiProblem, problemCode } from './api-problem';

const POLL_MS = 500;

/**
 * Follows a job a 202 answered with until it ends, telling its progress on the way. A failed job
 * throws its error as an ApiProblem, so pages show it as they show any refusal.
 */
export const followJob = async (api: ApiClient, job: JobView, onProgress: (job: JobView) => void, pollMs = POLL_MS): Promise<JobView> => {
  let current = job;
  for (;;) {
    onProgress(current);
    if (current.status === 'succeeded') return current;
    if (current.status === 'failed') throw new ApiProblem(422, problemCode(current.error?.code ?? 'JOB.FAILED', 422), current.error?.message ?? 'The job failed.');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    current = await body(api.GET('/api/jobs/{id}', { params: { path: { id: current.id } } }));
  }
};
