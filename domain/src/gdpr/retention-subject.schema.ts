import { z } from 'zod';
import { Id, IsoDate, IsoDateTime } from '../model/common.schema';
import { Lifecycle } from '../model/lifecycle';

const IsoInstant = z.union([IsoDate, IsoDateTime]);

/** One dated lifecycle value; the current one has no `validTo`. */
export const LifecyclePeriod = z
  .object({ value: Lifecycle, validFrom: IsoInstant, validTo: IsoInstant.nullable().optional() })
  .strict();
export type LifecyclePeriod = z.infer<typeof LifecyclePeriod>;

/**
 * What retention needs to know about a tier. `lastContactAt` is the last interaction the person
 * took part in (a reply, a call, a meeting, inbound or outbound): the CNIL counts from the last
 * contact "émanant du prospect", so the caller leaves out messages that went unanswered.
 * Organisations follow the same rules as persons: their records hold people's data (contacts,
 * notes, sole traders); `kind` is carried for the job's report.
 */
export const RetentionSubject = z
  .object({
    tierId: Id,
    kind: z.enum(['organisation', 'person']),
    lifecycle: z.array(LifecyclePeriod).max(500),
    createdAt: IsoInstant,
    lastContactAt: IsoInstant.optional(),
    relationEndedAt: IsoInstant.optional(),
  })
  .strict();
export type RetentionSubject = z.infer<typeof RetentionSubject>;
