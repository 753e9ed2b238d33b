import type { Deps } from '../ports/deps';
import type { BackgroundPorts } from './background.port';
import type { WorkMessage } from './work-message.schema';

/** Sends a fresh message (attempt 0). */
export const enqueue = (deps: Deps & { background: BackgroundPorts }, message: WorkMessage): Promise<void> =>
  deps.background.queue.send({ message, attempt: 0, sentAt: deps.clock.now() });

/**
 * Sends work whose pending marker is written already: if the send fails, the sweep sends it again
 * once the marker is stale, so the caller's durable write does not fail for it.
 */
export const enqueueMarked = (deps: Deps & { background: BackgroundPorts }, message: WorkMessage): Promise<void> =>
  enqueue(deps, message).catch(() => undefined);
