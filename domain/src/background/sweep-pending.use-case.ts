import { isFinished } from '../jobs/job.schema';
import type { Deps } from '../ports/deps';
import type { BackgroundPorts } from './background.port';
import { enqueue } from './enqueue';

export type SweepReport = { interactions: number; jobs: number };

/** Markers looked at per sweep and kind; the next sweep takes the rest. */
const SWEEP_LIMIT = 500;

/**
 * The timer's pass: work whose marker has stood untouched longer than `staleAfterMs` lost its
 * message (the write happened, the send did not, or a worker died): it is sent again and its marker
 * moved forward, so the next pass leaves it a while. Reads only the markers, never the base. Also
 * queues a catch-up when insight work is marked as not landed.
 */
export const sweepPending = async (deps: Deps & { background: BackgroundPorts }): Promise<SweepReport> => {
  const { pending, jobs, settings } = deps.background;
  const now = deps.clock.now();
  const before = new Date(Date.parse(now) - settings.staleAfterMs).toISOString();
  const [interactions, jobMarkers] = await Promise.all([pending.stale('interaction', before, SWEEP_LIMIT), pending.stale('job', before, SWEEP_LIMIT)]);
  const report: SweepReport = { interactions: 0, jobs: 0 };
  await Promise.all([
    ...interactions.map(async (marker) => {
      if (!marker.rep) return pending.clear('interaction', marker.id);
      await pending.mark({ ...marker, since: now });
      await enqueue(deps, { kind: 'interaction.complete', interactionId: marker.id, rep: marker.rep });
      report.interactions += 1;
    }),
    ...jobMarkers.map(async (marker) => {
      const job = await jobs.get(marker.id);
      if (!job || isFinished(job.value.status)) return pending.clear('job', marker.id);
      await pending.mark({ ...marker, since: now });
      await enqueue(deps, { kind: 'job.chunk', jobId: marker.id, chunk: job.value.chunk });
      report.jobs += 1;
    }),
    (async () => {
      if ((await deps.insight?.catchUp.pending(1))?.length) await enqueue(deps, { kind: 'insight.catch-up' });
    })(),
  ]);
  return report;
};
