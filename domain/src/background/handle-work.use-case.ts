import { captureSubscribe, captureUnsubscribe, handleCaptureNotification } from '../capture/capture-sync.use-case';
import { hasCapture } from '../capture/capture-record';
import { failJob, runJobChunk } from '../jobs/job-runner';
import type { Deps } from '../ports/deps';
import { completeInteraction } from '../use-cases/complete-interaction';
import { catchUpIfDue, catchUpInsight } from '../use-cases/insight-catch-up.use-case';
import { rememberRep } from '../use-cases/reports.use-case';
import { MAX_BACKOFF_MS, type BackgroundPorts } from './background.port';
import { WorkEnvelope, type WorkLane, type WorkMessage, type WorkRep } from './work-message.schema';

const callerOf = (rep: WorkRep) => ({ ...rep, roles: [] });

/**
 * Completes the interaction as it is stored now. If it changed while it was being completed (an
 * erasure or a merge rewrote it), the completion runs again from the new version, so an older copy
 * never lands after the rewrite.
 */
const completeCurrent = async (deps: Deps, interactionId: string): Promise<void> => {
  let stored = await deps.interactions.get(interactionId);
  for (let round = 0; stored && round < 3; round += 1) {
    await completeInteraction(deps, stored.value, stored.outbox);
    const now = await deps.interactions.get(interactionId);
    if (!now || now.etag === stored.etag) return;
    stored = now;
  }
};

/** Does what one message asks. Every branch is idempotent: queues deliver at least once. */
export const handleWork = async (deps: Deps, message: WorkMessage): Promise<void> => {
  switch (message.kind) {
    case 'interaction.complete': {
      await Promise.all([completeCurrent(deps, message.interactionId), rememberRep(deps, callerOf(message.rep))]);
      await catchUpIfDue(deps);
      // Cleared last: until then a lost or failed delivery is sent again by the sweep.
      await deps.background?.pending.clear('interaction', message.interactionId);
      return;
    }
    case 'insight.catch-up':
      await catchUpInsight(deps);
      return;
    case 'job.chunk':
      return runJobChunk(deps, message.jobId, message.chunk);
    case 'capture.notification':
      return handleCaptureNotification(deps, message.subscriptionId, message.lifecycleEvent);
    case 'capture.subscribe':
      return hasCapture(deps) ? captureSubscribe(deps, message.repId) : undefined;
    case 'capture.unsubscribe':
      return hasCapture(deps) ? captureUnsubscribe(deps, message.repId, message.subscriptionIds) : undefined;
  }
};

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);

/**
 * One delivery of a raw queue message, in either host. A failure is retried by sending the message
 * again after an exponential backoff (its invisibility), then the delivery is done; after
 * `maxAttempts` it is parked with its error, and a job it drove fails. A message that is not one of
 * ours can never succeed: it is parked at once. Only when even that cannot be written does this
 * throw, and the queue redelivers it.
 */
export const runDelivery = async (deps: Deps & { background: BackgroundPorts }, lane: WorkLane, raw: unknown, deliveryId: string): Promise<'done' | 'retried' | 'parked'> => {
  const { settings, queue, deadLetters } = deps.background;
  const parsed = WorkEnvelope.safeParse(raw);
  const park = async (attempts: number, error: string) => {
    await deadLetters.park({ id: deliveryId, parkedAt: deps.clock.now(), attempts, lane, message: raw, error });
    if (parsed.success && parsed.data.message.kind === 'job.chunk')
      await failJob(deps, parsed.data.message.jobId, { code: 'JOB.FAILED', message: 'The work failed after every retry; an admin can see why in the dead letters.' });
    return 'parked' as const;
  };
  if (!parsed.success) return park(1, `Not a Relais work message: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const envelope = parsed.data;
  try {
    await handleWork(deps, envelope.message);
    return 'done';
  } catch (error) {
    const attempts = envelope.attempt + 1;
    if (attempts >= settings.maxAttempts) return park(attempts, describe(error));
    await queue.send({ ...envelope, attempt: attempts }, { delayMs: Math.min(settings.backoffMs * 2 ** envelope.attempt, MAX_BACKOFF_MS) });
    return 'retried';
  }
};
