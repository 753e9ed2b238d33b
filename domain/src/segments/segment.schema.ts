import { z } from 'zod';
import { Id, IsoDateTime, UserId } from '../model/common.schema';
import { SegmentCondition } from './segment-condition.schema';

const Teams = z.array(z.string().trim().min(1).max(60)).max(20);

export const SegmentDraft = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(1000).optional(),
    definition: SegmentCondition,
    /** Teams whose members see and use the segment; only its owner otherwise. */
    sharedWithTeams: Teams.optional(),
  })
  .strict()
  .meta({ id: 'SegmentDraft' });
export type SegmentDraft = z.infer<typeof SegmentDraft>;

export const SegmentPatch = z
  .object({ name: SegmentDraft.shape.name.optional(), description: z.string().trim().max(1000).nullable().optional(), definition: SegmentCondition.optional(), sharedWithTeams: Teams.optional() })
  .strict()
  .meta({ id: 'SegmentPatch' });

export const Segment = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string().nullable(),
    definition: SegmentCondition,
    sharedWithTeams: z.array(z.string()),
    owner: UserId,
    ownerName: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Segment' });
export type Segment = Omit<z.infer<typeof Segment>, 'definition'> & { definition: SegmentCondition };

/** A segment member as lists and exports show it. */
export const SegmentMember = z
  .object({
    id: Id,
    kind: z.enum(['organisation', 'person']),
    name: z.string(),
    lifecycle: z.string().nullable(),
    ownerTeam: z.string(),
    city: z.string().nullable(),
    lastContact: z.string().nullable(),
    opportunity: z.number(),
    risk: z.number(),
  })
  .meta({ id: 'SegmentMember' });
export type SegmentMember = z.infer<typeof SegmentMember>;
