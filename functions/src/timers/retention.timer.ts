import type { InvocationContext, Timer } from '@azure/functions';
import { requestRetentionRun, retentionTimerCaller } from '@relais/domain';
import type { App } from '../composition-root';
import { RelaisEnv } from '../config';

/**
 * The daily CNIL retention run, on RELAIS_RETENTION_SCHEDULE (NCRONTAB, UTC; read once at start, as
 * Azure registers timers before any request). RELAIS_RETENTION_TIMER: `apply` erases or archives,
 * `dry-run` only reports, `off` does nothing. It starts the same job as `POST /api/retention/runs`
 * (one a day: the day is its idempotency key), whose report is the job's result. A tier that fails
 * does not stop the others; the next run tries it again.
 */
export const retentionTimer = (application: () => Promise<App>, env: Record<string, string | undefined>) => {
  const mode = RelaisEnv.shape.RELAIS_RETENTION_TIMER.parse(env.RELAIS_RETENTION_TIMER);
  return {
    schedule: RelaisEnv.shape.RELAIS_RETENTION_SCHEDULE.parse(env.RELAIS_RETENTION_SCHEDULE),
    handler: async (_timer: Timer, context: InvocationContext): Promise<void> => {
      if (mode === 'off') return;
      const { deps } = await application();
      const job = await requestRetentionRun(deps, retentionTimerCaller, { dryRun: mode === 'dry-run' }, `daily:${deps.clock.now().slice(0, 10)}`);
      context.log('[relais] retention job started', job.id);
    },
  };
};
