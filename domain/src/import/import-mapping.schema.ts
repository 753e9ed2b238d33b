import { z } from 'zod';
import { Lifecycle } from '../model/lifecycle';
import { Medium } from '../model/interaction.schema';

/** Where a column's value goes. `ignore` documents a column on purpose left out. */
export const ImportField = z.enum([
  'organisation.legalName',
  'organisation.commercialName',
  'organisation.sign',
  'organisation.acronym',
  'organisation.siren',
  'organisation.siret',
  'organisation.addressLine',
  'organisation.postcode',
  'organisation.city',
  'organisation.phone',
  'organisation.website',
  'organisation.emailDomain',
  'person.civility',
  'person.firstName',
  'person.lastName',
  'person.jobTitle',
  'person.email',
  'person.phone',
  'person.mobile',
  'lifecycle',
  'owner',
  'createdAt',
  'lastContact',
  'comment',
  'ignore',
]);
export type ImportField = z.infer<typeof ImportField>;

/**
 * How a file's columns become tiers. `columns` maps a header (compared without case, accents or
 * extra spaces) to a field; `lifecycle` maps the file's status labels to Relais' lifecycle;
 * `owners` maps the "followed by" labels to user ids (unmapped labels are kept as written);
 * `lastContactMedium` is how the last contact and its comment are logged on the timeline.
 */
export const ImportMapping = z
  .object({
    columns: z.record(z.string().min(1).max(100), ImportField),
    lifecycle: z.record(z.string().min(1).max(100), Lifecycle).optional(),
    owners: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).optional(),
    lastContactMedium: Medium.optional(),
  })
  .strict()
  .refine((m) => Object.values(m.columns).includes('organisation.legalName'), {
    path: ['columns'],
    message: 'One column must map to organisation.legalName.',
  })
  .meta({ id: 'ImportMapping' });
export type ImportMapping = z.infer<typeof ImportMapping>;
