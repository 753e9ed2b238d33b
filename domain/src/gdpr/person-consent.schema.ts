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
