import { z } from 'zod';
import { Id, UserId } from '../model/common.schema';

/** The rep a logging is remembered for (the reports' directory): what their token said. */
export const WorkRep = z.object({ userId: UserId, name: z.string().max(200), teams: z.array(z.string().max(60)).max(20), email: z.string().max(254).optional() });
export type WorkRep = z.infer<typeof WorkRep>;

/**
 * Every message Relais puts on its queues, defined once. Each names the saved record it follows, never
 * a copy of it: a handler re-reads the record, so a late or repeated message does the current work.
 */
export const WorkMessage = z
  .discriminatedUnion('kind', [
    /** An interaction was logged or added to: timelines, tasks, change requests (again, idempotently), insight, rep, notifications. */
    z.object({ kind: z.literal('interaction.complete'), interactionId: Id, rep: WorkRep }),
    /** Insight work marked for catch-up (hot rows, storage errors) is redone. */
    z.object({ kind: z.literal('insight.catch-up') }),
    /** One chunk of a job; `chunk` is the job's chunk counter when the message was sent (stale ones do nothing). */
    z.object({ kind: z.literal('job.chunk'), jobId: Id, chunk: z.number().int().min(0) }),
    /** A Graph notification whose client state was checked in the webhook: read the folder by delta (or renew first). */
    z.object({ kind: z.literal('capture.notification'), subscriptionId: z.string().min(1).max(200), lifecycleEvent: z.enum(['reauthorizationRequired', 'subscriptionRemoved', 'missed']).optional() }),
    /** A rep opted in, or their subscriptions near expiry: subscribe or renew, then catch up by delta. */
    z.object({ kind: z.literal('capture.subscribe'), repId: UserId }),
    /** A rep opted out: their subscriptions are deleted at Graph. */
    z.object({ kind: z.literal('capture.unsubscribe'), repId: UserId, subscriptionIds: z.array(z.string().max(200)).max(10) }),
  ])
  .meta({ id: 'WorkMessage' });
export type WorkMessage = z.infer<typeof WorkMessage>;

/** A message as it travels: `attempt` counts the failures before this delivery (the backoff grows with it). */
export const WorkEnvelope = z.object({ message: WorkMessage, attempt: z.number().int().min(0).default(0), sentAt: z.string().max(40) });
export type WorkEnvelope = z.infer<typeof WorkEnvelope>;

/** Jobs' chunks run on their own queue, so a long import never delays the completion of a logging. */
export type WorkLane = 'work' | 'jobs';
export const laneOf = (message: WorkMessage): WorkLane => (message.kind === 'job.chunk' ? 'jobs' : 'work');
