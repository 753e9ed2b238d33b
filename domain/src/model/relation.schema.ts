import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, UserId } from './common.schema';
import { TierKind } from './tier.schema';

const Label = z.string().trim().min(1).max(100);

export const RelationNature = z.enum(['hierarchical', 'reciprocal', 'non-reciprocal']);

export const RelationTypeDraft = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/, 'Expected a kebab-case id like is-client-of.').optional(),
    description: z.string().trim().min(1).max(300),
    nature: RelationNature,
    fromKinds: z.array(TierKind).min(1).max(2),
    toKinds: z.array(TierKind).min(1).max(2),
    labelAtoB: Label,
    labelBtoA: Label.optional(),
    /** Wordings in other languages; the top-level labels are English. */
    i18n: z.object({ fr: z.object({ labelAtoB: Label, labelBtoA: Label.optional() }).strict() }).partial().optional(),
  })
  .strict()
  .superRefine((type, ctx) => {
    if (type.nature === 'hierarchical' && !type.labelBtoA)
      ctx.addIssue({ code: 'custom', path: ['labelBtoA'], message: 'A hierarchical type needs a wording from B to A.' });
    if (type.nature === 'non-reciprocal' && type.labelBtoA)
      ctx.addIssue({ code: 'custom', path: ['labelBtoA'], message: 'A non-reciprocal type has one wording only.' });
  })
  .meta({ id: 'RelationTypeDraft' });
export type RelationTypeDraft = z.infer<typeof RelationTypeDraft>;
export type RelationType = RelationTypeDraft & { id: string };

export const RelationStatus = z.enum(['ongoing', 'ended']);

const datesInOrder = (r: { startDate?: string; endDate?: string | null }, ctx: z.RefinementCtx): void => {
  if (r.startDate && r.endDate && r.endDate < r.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date.' });
};

export const RelationDraft = z
  .object({
    typeId: Id.max(60),
    fromId: Id,
    toId: Id,
    status: RelationStatus.default('ongoing'),
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
  })
  .strict()
  .superRefine(datesInOrder)
  .superRefine((r, ctx) => {
    if (r.fromId === r.toId) ctx.addIssue({ code: 'custom', path: ['toId'], message: 'A tier cannot be related to itself.' });
  })
  .meta({ id: 'RelationDraft' });
export type RelationDraft = z.infer<typeof RelationDraft>;

export const RelationPatch = z
  .object({ status: RelationStatus.optional(), startDate: IsoDate.nullable().optional(), endDate: IsoDate.nullable().optional() })
  .strict()
  .meta({ id: 'RelationPatch' });
export type RelationPatch = z.infer<typeof RelationPatch>;

/**
 * A relation's state as a change request changes it (`relations.<id>`): "left the company" ends the
 * employment with its end date; an ended relation without a date ends on the day it is approved.
 */
export const RelationState = z
  .object({ status: RelationStatus, endDate: IsoDate.nullable().optional() })
  .strict()
  .refine((s) => s.status === 'ended' || !s.endDate, { path: ['endDate'], message: 'An ongoing relation has no end date.' })
  .meta({ id: 'RelationState' });
export type RelationState = z.infer<typeof RelationState>;

export const Relation = z
  .object({
    id: Id,
    typeId: z.string(),
    fromId: Id,
    toId: Id,
    status: RelationStatus,
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    createdAt: IsoDateTime,
    createdBy: UserId,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Relation' });
export type Relation = z.infer<typeof Relation>;

export const checkRelationDates = (r: { startDate: string | null; endDate: string | null }): boolean =>
  !(r.startDate && r.endDate && r.endDate < r.startDate);
