import { z } from 'zod';

/** Calendar date, `2025-03-14`. */
export const IsoDate = z.iso.date({ error: 'Expected a date like 2025-03-14.' });
/** Date and time with an offset, `2025-03-14T09:30:00+01:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Expected a date-time with offset, like 2025-03-14T09:30:00+01:00.' });
export const Email = z.email({ error: 'Expected an e-mail address.' }).max(254);
export const Id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'Expected an id.');
export const UserId = z.string().min(1).max(200);

export const shortText = (max: number) => z.string().trim().min(1).max(max);
/** Keeps texts the free-text guard flagged: the rep read the warning and stands by the wording. */
export const AcknowledgeFreeTextWarnings = z.boolean().optional();
export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;

/** Keys forbidden in Azure Table keys (`/ \ # ?`, control characters) never reach a key. */
export const tableKeySafe = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_');
