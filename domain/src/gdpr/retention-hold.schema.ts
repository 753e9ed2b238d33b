import { z } from 'zod';
import { IsoDateTime, UserId } from '../model/common.schema';

/** `PUT /api/tiers/{id}/retention-hold`: why this tier must be kept although its retention period ran out. */
export const RetentionHoldRequest = z
  .object({ reason: z.string().trim().min(3, 'Say why the tier is kept (3 characters at least).').max(500) })
  .strict()
  .meta({ id: 'RetentionHoldRequest' });
export type RetentionHoldRequest = z.infer<typeof RetentionHoldRequest>;

/**
 * A steward's decision to keep a tier past its retention period (a dispute, a legal obligation, an
 * ongoing contract the lifecycle does not show yet): the retention job leaves it alone and reports it
 * as held, until the hold is released.
 */
export const RetentionHold = z
  .object({ reason: z.string(), heldBy: UserId, heldAt: IsoDateTime })
  .meta({ id: 'RetentionHold' });
export type RetentionHold = z.infer<typeof RetentionHold>;

/** What the hold endpoints answer: the tier's hold, or null once released. */
export const RetentionHoldView = z.object({ tierId: z.string(), hold: RetentionHold.nullable() }).meta({ id: 'RetentionHoldView' });
export type RetentionHoldView = z.infer<typeof RetentionHoldView>;
