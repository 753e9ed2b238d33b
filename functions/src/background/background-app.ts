import { renewCapture, type BackgroundPorts, type Deps } from '@relais/domain';
import type { App } from '../composition-root';
import { startWorker, type Worker } from './worker';

export type BackgroundDeps = Deps & { background: BackgroundPorts };

export const backgroundDeps = (app: App): BackgroundDeps => {
  if (!app.deps.background) throw new Error('Relais was composed without its queues.');
  return app.deps as BackgroundDeps;
};

const RENEWAL_MS = 3600_000;

/**
 * The worker of this process, unless RELAIS_ROLE says it only serves the API; beside it, the hourly
 * renewal of suggested logs' Graph subscriptions (the `capture-renewal` timer in Azure).
 */
export const startRoleWorker = (app: App): Worker | undefined => {
  if (app.env.RELAIS_ROLE === 'api') return undefined;
  const worker = startWorker(backgroundDeps(app), app.queues, { idlePollMs: app.env.RELAIS_WORKER_IDLE_POLL_MS, sweepMs: app.env.RELAIS_SWEEP_INTERVAL_MS });
  const renew = () => void renewCapture(app.deps).catch((error: unknown) => console.warn('[relais] capture renewal failed', error));
  const renewal = setInterval(renew, RENEWAL_MS);
  renewal.unref();
  return { ...worker, stop: async () => {
    clearInterval(renewal);
    await worker.stop();
  } };
};

/** A message as the Functions trigger hands it: parsed JSON when it was JSON, else the text. */
export const triggerBody = (message: unknown): unknown => {
  if (typeof message !== 'string') return message;
  try {
    return JSON.parse(message);
  } catch {
    return message;
  }
};
