import { z } from 'zod';
import { AcknowledgeFreeTextWarnings, Id, IsoDateTime, UserId } from './common.schema';

/** A value that would not fit a tier field anyway (a field is at most 20 addresses): refused before it is stored. */
const MAX_VALUE_CHARS = 20_000;
const boundedValue = (value: unknown): boolean => value === undefined || JSON.stringify(value).length <= MAX_VALUE_CHARS;

/** What a change does to an element of a list field (addresses, names, phones, e-mails, e-mail domains). */
export const ElementOp = z.enum(['add', 'replace', 'remove']);
export type ElementOp = z.infer<typeof ElementOp>;

/**
 * A change names a top-level field of the tier (`website`, `addresses`, …) or a dated fact
 * (`facts.<name>`), the value the requester saw and the value wanted. On a list field it may name
 * an `op`: `add` an element (`to`), `replace` the element `id` by `to`, or `remove` the element
 * `id`; `from` is then that element as the requester saw it. Without an op, `to` is the whole value
 * (for a list, the whole list as wanted).
 */
export const FieldChange = z
  .object({
    path: z.string().trim().min(1).max(80),
    op: ElementOp.optional(),
    /** The element a replace or remove targets: its `id`, or for e-mails and e-mail domains the value itself. */
    id: z.string().trim().min(1).max(254).optional(),
    from: z.unknown().optional().refine(boundedValue, `At most ${MAX_VALUE_CHARS} characters of JSON.`),
    to: z.unknown().optional().refine(boundedValue, `At most ${MAX_VALUE_CHARS} characters of JSON.`),
  })
  .strict()
  .refine((c) => c.op === 'remove' || c.to !== undefined, { path: ['to'], message: 'The new value is required.' })
  .refine((c) => c.op !== 'remove' || c.to === undefined || c.to === null, { path: ['to'], message: 'A removal has no new value.' });
export type FieldChange = z.infer<typeof FieldChange>;

export const ChangeRequestDraft = z
  .object({
    tierId: Id,
    changes: z.array(FieldChange).min(1, 'At least one change is required.').max(20),
    reason: z.string().trim().min(1).max(1000).optional(),
    interactionId: Id.optional(),
    acknowledgeFreeTextWarnings: AcknowledgeFreeTextWarnings,
  })
  .strict()
  .meta({ id: 'ChangeRequestDraft' });
export type ChangeRequestDraft = z.infer<typeof ChangeRequestDraft>;

/** In an interaction the tier may be left out: it then names the interaction's first participant. */
export const InteractionChangeRequest = z
  .object({ ...ChangeRequestDraft.shape, tierId: Id.optional() })
  .omit({ interactionId: true, acknowledgeFreeTextWarnings: true })
  .strict();

export const ChangeRequestStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'conflicted']);
export type ChangeRequestStatus = z.infer<typeof ChangeRequestStatus>;

export const ChangeRequest = z
  .object({
    id: Id,
    tierId: Id,
    changes: z.array(FieldChange),
    reason: z.string().nullable(),
    interactionId: Id.nullable(),
    status: ChangeRequestStatus,
    requestedBy: UserId,
    requestedByName: z.string(),
    requestedAt: IsoDateTime,
    approverIds: z.array(UserId),
    routing: z.enum(['manager', 'steward-group', 'stewards-fallback']).nullable(),
    /** The directory could not answer: routed to the stewards for now, to be routed again. */
    routingRetry: z.boolean().optional(),
    decidedBy: UserId.nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: IsoDateTime.nullable(),
    comment: z.string().nullable(),
  })
  .meta({ id: 'ChangeRequest' });
export type ChangeRequest = z.infer<typeof ChangeRequest>;
