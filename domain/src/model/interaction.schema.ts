import { z } from 'zod';
import { AcknowledgeFreeTextWarnings, Email, Id, IsoDateTime, UserId } from './common.schema';
import { InteractionAttachment, InteractionAttachments, ExchangeItemRef } from './attachment.schema';
import { InteractionChangeRequest } from './change-request.schema';
import { ItemMailbox } from './item-mailbox.schema';
import { MEDIA } from './media';
import { TaskDraft } from './task.schema';

export const Direction = z.enum(['inbound', 'outbound']);
export type Direction = z.infer<typeof Direction>;
/** Short on purpose: meaningful to the rep and the manager, nothing more. */
export const Medium = z.enum(MEDIA);
export type Medium = z.infer<typeof Medium>;

/** The idempotency key of a logged e-mail or meeting. */
export const InteractionSource = z
  .object({ kind: z.enum(['email', 'meeting']), id: z.string().trim().min(1).max(1000) })
  .strict()
  .meta({ id: 'InteractionSource' });
export type InteractionSource = z.infer<typeof InteractionSource>;

/** The source as logged: the key, plus the link back to the item in Exchange when the client knows it. */
export const LoggedSource = InteractionSource.extend(ExchangeItemRef).strict().meta({ id: 'LoggedSource' });
export type LoggedSource = z.infer<typeof LoggedSource>;

export const Participant = z.object({ tierId: Id, role: z.string().trim().min(1).max(60).optional() }).strict();

/** The company's own people who took part (colleagues on the e-mail or meeting). */
export const Colleague = z.object({ email: Email, name: z.string().trim().max(200).optional() }).strict();

export const InteractionDraft = z
  .object({
    source: LoggedSource.optional(),
    direction: Direction,
    medium: Medium,
    occurredAt: IsoDateTime,
    scheduledAt: IsoDateTime.optional(),
    durationMinutes: z.number().int().min(0).max(10080).optional(),
    location: z.string().trim().min(1).max(300).optional(),
    subject: z.string().trim().min(1).max(500).optional(),
    purpose: z.string().trim().min(1).max(300).optional(),
    summary: z.string().trim().min(1).max(8000).optional(),
    outcome: z.string().trim().min(1).max(1000).optional(),
    participants: z.array(Participant).min(1, 'At least one participant is required.').max(100),
    colleagues: z.array(Colleague).max(200).optional(),
    tasks: z.array(TaskDraft.omit({ tierIds: true, acknowledgeFreeTextWarnings: true })).max(20).optional(),
    changeRequests: z.array(InteractionChangeRequest).max(10).optional(),
    attachments: InteractionAttachments.optional(),
    mailbox: ItemMailbox.optional(),
    acknowledgeFreeTextWarnings: AcknowledgeFreeTextWarnings,
  })
  .strict()
  .superRefine((draft, ctx) => {
    const seen = new Set<string>();
    draft.participants.forEach((p, i) => {
      if (seen.has(p.tierId)) ctx.addIssue({ code: 'custom', path: ['participants', i, 'tierId'], message: 'This tier is listed twice.' });
      seen.add(p.tierId);
    });
  })
  .meta({ id: 'InteractionDraft' });
export type InteractionDraft = z.infer<typeof InteractionDraft>;

/** Add tiers or follow-ups to an interaction already logged (never a duplicate). */
export const InteractionAddition = z
  .object({
    participants: z.array(Participant).max(100).optional(),
    tasks: z.array(TaskDraft.omit({ tierIds: true, acknowledgeFreeTextWarnings: true })).max(20).optional(),
    acknowledgeFreeTextWarnings: AcknowledgeFreeTextWarnings,
  })
  .strict()
  .meta({ id: 'InteractionAddition' });
export type InteractionAddition = z.infer<typeof InteractionAddition>;

export const Interaction = z
  .object({
    id: Id,
    source: LoggedSource.nullable(),
    direction: Direction,
    medium: Medium,
    occurredAt: IsoDateTime,
    scheduledAt: IsoDateTime.nullable(),
    durationMinutes: z.number().nullable(),
    location: z.string().nullable(),
    subject: z.string().nullable(),
    purpose: z.string().nullable(),
    summary: z.string().nullable(),
    outcome: z.string().nullable(),
    participants: z.array(Participant.extend({ name: z.string(), kind: z.enum(['organisation', 'person']) })),
    colleagues: z.array(Colleague),
    /** Absent on interactions logged before attachments were recorded. */
    attachments: z.array(InteractionAttachment).optional(),
    /** Present when the item was in a shared or delegated mailbox, not the rep's own. */
    mailbox: ItemMailbox.optional(),
    performedBy: UserId,
    performedByName: z.string(),
    taskIds: z.array(Id),
    changeRequestIds: z.array(Id),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Interaction' });
export type Interaction = z.infer<typeof Interaction>;

/** What a tier's timeline shows of an interaction, denormalised so the card never fans out. */
export const TimelineEntry = z
  .object({
    interactionId: Id,
    occurredAt: IsoDateTime,
    direction: Direction,
    medium: Medium,
    subject: z.string().nullable(),
    purpose: z.string().nullable(),
    outcome: z.string().nullable(),
    /** The rep's notes; absent on entries written before the timeline carried them. */
    summary: z.string().nullable().optional(),
    performedBy: UserId,
    performedByName: z.string(),
    participants: z.array(z.object({ tierId: Id, name: z.string() })),
    taskIds: z.array(Id),
    /** Names and sizes only: the tier partition holds many entries, the rest is on the interaction. */
    attachments: z.array(InteractionAttachment.pick({ name: true, size: true })).optional(),
    mailbox: ItemMailbox.optional(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const toTimelineEntry = (i: Interaction): TimelineEntry => ({
  interactionId: i.id,
  occurredAt: i.occurredAt,
  direction: i.direction,
  medium: i.medium,
  subject: i.subject,
  purpose: i.purpose,
  outcome: i.outcome,
  summary: i.summary,
  performedBy: i.performedBy,
  performedByName: i.performedByName,
  participants: i.participants.map((p) => ({ tierId: p.tierId, name: p.name })),
  taskIds: i.taskIds,
  ...(i.attachments?.length ? { attachments: i.attachments.map(({ name, size }) => ({ name, ...(size !== undefined && { size }) })) } : {}),
  ...(i.mailbox && { mailbox: i.mailbox }),
});
