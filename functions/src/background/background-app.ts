import type { BackgroundPorts, Deps } from '@relais/domain';
import type { App } from '../composition-root';
import { startWorker, type Worker } from './worker';

export type BackgroundDeps = Deps & { background: BackgroundPorts };

export const backgroundDeps = (app: App): BackgroundDeps => {
  if (!app.deps.background) throw new Error('Relais was composed without its queues.');
  return app.deps as BackgroundDeps;
};

/** The worker of this process, unless RELAIS_ROLE says it only serves the API. */
export const startRoleWorker = (app: App): Worker | undefined =>
  app.env.RELAIS_ROLE === 'api'
    ? undefined
    : startWorker(backgroundDeps(app), app.queues, { idlePollMs: app.env.RELAIS_WORKER_IDLE_POLL_MS, sweepMs: app.env.RELAIS_SWEEP_INTERVAL_MS });

/** A message as the Functions trigger hands it: parsed JSON when it was JSON, else the text. */
export const triggerBody = (message: unknown): unknown => {
  if (typeof message !== 'string') return message;
  try {
    return JSON.parse(message);
  } catch {
    return message;
  }
};
