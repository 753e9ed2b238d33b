import { z } from 'zod';
import { enqueue } from '../background/enqueue';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Deps } from '../ports/deps';
import { handleCaptureNotification } from './capture-sync.use-case';
import { requireCapture } from './capture-record';

/** Graph's change and lifecycle notifications, as POSTed to the webhook (only what Relais reads of them). */
export const GraphNotificationBatch = z
  .object({
    value: z
      .array(
        z
          .object({
            subscriptionId: z.string().min(1).max(200),
            clientState: z.string().max(200).optional(),
            changeType: z.string().max(50).optional(),
            lifecycleEvent: z.enum(['reauthorizationRequired', 'subscriptionRemoved', 'missed']).optional(),
            resource: z.string().max(2000).optional(),
          })
          .loose(),
      )
      .min(1)
      .max(1000),
  })
  .loose()
  .meta({ id: 'GraphNotificationBatch' });

export const NotificationsQueued = z
  .object({ accepted: z.number().int(), refused: z.number().int() })
  .meta({ id: 'NotificationsQueued', description: 'How many notifications of the batch were valid and queued, and how many were dropped.' });

/**
 * Checks each notification against the subscription it names (its client state, known only to
 * Relais and Graph) and queues the valid ones, once per subscription and event: nothing is read from
 * Graph in the request. When none is valid the batch is refused.
 */
export const receiveNotifications = async (deps: Deps, input: unknown): Promise<z.infer<typeof NotificationsQueued>> => {
  const capture = requireCapture(deps);
  const batch = parseInput(GraphNotificationBatch, input);
  const checks = await Promise.all(
    batch.value.map(async (n) => {
      const ref = await capture.capture.store.subscription(n.subscriptionId);
      return ref !== undefined && n.clientState !== undefined && n.clientState === ref.clientState;
    }),
  );
  const valid = batch.value.filter((_, i) => checks[i]);
  if (valid.length === 0) throw new DomainError('CAPTURE.NOTIFICATION_REFUSED', 'forbidden', 'No notification in this batch carries a valid client state.');
  const work = [...new Map(valid.map((n) => [`${n.subscriptionId}\n${n.lifecycleEvent ?? ''}`, n])).values()];
  await Promise.all(
    work.map((n) =>
      deps.background
        ? enqueue({ ...deps, background: deps.background }, { kind: 'capture.notification', subscriptionId: n.subscriptionId, ...(n.lifecycleEvent ? { lifecycleEvent: n.lifecycleEvent } : {}) })
        : handleCaptureNotification(deps, n.subscriptionId, n.lifecycleEvent),
    ),
  );
  return { accepted: valid.length, refused: batch.value.length - valid.length };
};
