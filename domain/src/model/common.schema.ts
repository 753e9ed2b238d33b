import { z } from 'zod';

/** Calendar date, `2025-03-14`. */
export const IsoDate = z.iso.date({ error: 'Expected a date like 2025-03-14.' });
/** Date and time with an offset, `2025-03-14T09:30:00+01:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Expected a date-time with offset, like 2025-03-14T09:30:00+01:00.' });
export const Email = z.email({ error: 'Expected an e-mail address.' }).max(254);
export const Id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'Expected an id: letters, digits, - and _.');
/**
 * A user id: Entra's object id, or a dev token's user. It ends up in storage keys, so the characters
 * Azure Table keys refuse (`/ \ # ?`) and control characters are refused at the edge.
 */
export const UserId = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\#?\u0000-\u001f\u007f-\u009f]*$/, 'Expected a user id, without / \\ # ? or control characters.')
  .refine((id) => id.trim() === id, 'Expected a user id without leading or trailing spaces.');

export const shortText = (max: number) => z.string().trim().min(1).max(max);
/** Keeps texts the free-text guard flagged: the rep read the warning and stands by the wording. */
export const AcknowledgeFreeTextWarnings = z.boolean().optional();
export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;
