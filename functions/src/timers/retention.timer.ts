import type { InvocationContext, Timer } from '@azure/functions';
import { runRetention, type RetentionReport } from '@relais/domain';
import type { App } from '../composition-root';
import { RelaisEnv } from '../config';

/** Counts and ids only: the log keeps no name of what was erased. */
export const summarizeRetention = (report: RetentionReport) => ({
  ranAt: report.ranAt,
  dryRun: report.dryRun,
  action: report.policy.action,
  scanned: report.scanned,
  expired: report.expired.map((e) => ({ tierId: e.tierId, rule: e.rule, expiresAt: e.expiresAt })),
  applied: report.applied.length,
  failures: report.failures,
});

/**
 * The daily CNIL retention run, on RELAIS_RETENTION_SCHEDULE (NCRONTAB, UTC; read once at start, as
 * Azure registers timers before any request). RELAIS_RETENTION_TIMER: `apply` erases or archives,
 * `dry-run` only reports, `off` does nothing. A tier that fails does not stop the others; the next
 * run tries it again.
 */
export const retentionTimer = (application: () => Promise<App>, env: Record<string, string | undefined>) => {
  const mode = RelaisEnv.shape.RELAIS_RETENTION_TIMER.parse(env.RELAIS_RETENTION_TIMER);
  return {
    schedule: RelaisEnv.shape.RELAIS_RETENTION_SCHEDULE.parse(env.RELAIS_RETENTION_SCHEDULE),
    handler: async (_timer: Timer, context: InvocationContext): Promise<void> => {
      if (mode === 'off') return;
      const report = await runRetention((await application()).deps, { dryRun: mode === 'dry-run' });
      const summary = summarizeRetention(report);
      if (report.failures.length > 0) context.error('[relais] retention run with failures', JSON.stringify(summary));
      else context.log('[relais] retention run', JSON.stringify(summary));
    },
  };
};
