import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../model/common.schema';

export const ConsentChannel = z.enum(['email', 'phone', 'sms', 'post']);
export type ConsentChannel = z.infer<typeof ConsentChannel>;
export const LegalBasis = z.enum(['consent', 'legitimate-interest', 'contract', 'legal-obligation']);
export type LegalBasis = z.infer<typeof LegalBasis>;
export const ConsentStatus = z.enum(['granted', 'objected', 'withdrawn', 'unknown']);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

/**
 * One recorded statement about prospecting a person on one channel: on which legal basis, what the
 * person said, where it was collected (form, call, import…) and when. Records are kept as a
 * history; the latest explicit one decides.
 */
export const PersonConsent = z
  .object({
    channel: ConsentChannel,
    legalBasis: LegalBasis,
    status: ConsentStatus,
    source: z.string().trim().min(1).max(200),
    date: z.union([IsoDate, IsoDateTime]),
  })
  .strict()
  .meta({ id: 'PersonConsent' });
export type PersonConsent = z.infer<typeof PersonConsent>;

export const PersonConsents = z.array(PersonConsent).max(200);

/** A statement as Relais keeps it: what was said, and who recorded it in the CRM when. */
export const ConsentRecord = PersonConsent.extend({ recordedAt: IsoDateTime, recordedBy: z.string().min(1).max(200) }).meta({ id: 'ConsentRecord' });
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** `PUT /api/persons/{id}/consents`: new statements, at most one per channel, added to the history. */
export const ConsentsUpdate = z
  .object({ consents: z.array(PersonConsent).min(1).max(4) })
  .strict()
  .superRefine((update, ctx) => {
    const seen = new Set<string>();
    update.consents.forEach((c, i) => {
      if (seen.has(c.channel)) ctx.addIssue({ code: 'custom', path: ['consents', i, 'channel'], message: 'One statement per channel.' });
      seen.add(c.channel);
    });
  })
  .meta({ id: 'ConsentsUpdate' });
export type ConsentsUpdate = z.infer<typeof ConsentsUpdate>;
