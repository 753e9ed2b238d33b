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
  /** A whole address on one line ("12 rue X, 59000 Lille, France"), read by the French postal rules. */
  'organisation.address',
  'organisation.addressLine',
  'organisation.addressLine2',
  'organisation.postcode',
  'organisation.city',
  'organisation.country',
  'organisation.phone',
  'organisation.website',
  'organisation.emailDomain',
  /** The exporting system's own id of the company (HubSpot "Record ID", Salesforce "Account ID"…). */
  'organisation.externalId',
  'person.civility',
  'person.firstName',
  'person.lastName',
  /** "Jeanne Martin" when the export has no first and last name columns. */
  'person.fullName',
  'person.jobTitle',
  'person.email',
  'person.phone',
  'person.mobile',
  'person.externalId',
  /** In a contacts file, the companies the contact belongs to, by the exporting system's ids. */
  'person.organisationExternalId',
  'lifecycle',
  'owner',
  'createdAt',
  'lastContact',
  'comment',
  'ignore',
]);
export type ImportField = z.infer<typeof ImportField>;

/**
 * What a file's rows are: `mixed` (one company per row with its contact, the usual French CRM
 * export), `companies`, or `contacts` (one person per row, with the companies they work for).
 */
export const ImportLayout = z.enum(['mixed', 'companies', 'contacts']);
export type ImportLayout = z.infer<typeof ImportLayout>;

/**
 * How a file's columns become tiers. `columns` maps a header (compared without case, accents or
 * extra spaces) to a field; `lifecycle` maps the file's status labels to Relais' lifecycle;
 * `owners` maps the "followed by" labels to user ids (unmapped labels are kept as written);
 * `lastContactMedium` is how the last contact and its comment are logged on the timeline.
 * `system` names the exporting CRM (its record ids link a contacts file to its companies file);
 * `listSeparator` splits cells holding several values (HubSpot's "101;205"); `footer` are patterns
 * of the line a report's footer starts with: it and the lines after are no data, counted as skipped.
 */
const isPattern = (pattern: string): boolean => {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
};

const mappingFields = {
  layout: ImportLayout.optional(),
  columns: z.record(z.string().min(1).max(100), ImportField),
  /** `null` leaves the status unset (a label with no Relais equivalent, such as HubSpot's "Other"). */
  lifecycle: z.record(z.string().min(1).max(100), Lifecycle.nullable()).optional(),
  owners: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).optional(),
  lastContactMedium: Medium.optional(),
  system: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'Expected a short lower-case name like hubspot.').optional(),
  listSeparator: z.string().min(1).max(3).optional(),
  footer: z.array(z.string().min(1).max(200).refine(isPattern, 'Not a valid pattern.')).max(20).optional(),
};

/** What a mapping file adds to a vendor preset (`--from hubspot --map extra.json`): custom columns such as a SIRET field. */
export const ImportMappingPatch = z
  .object({ ...mappingFields, columns: mappingFields.columns.optional() })
  .strict()
  .meta({ id: 'ImportMappingPatch' });
export type ImportMappingPatch = z.infer<typeof ImportMappingPatch>;

export const ImportMapping = z
  .object(mappingFields)
  .strict()
  .superRefine((m, ctx) => {
    const fields = Object.values(m.columns);
    if ((m.layout ?? 'mixed') !== 'contacts' && !fields.includes('organisation.legalName'))
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'One column must map to organisation.legalName.' });
    if (m.layout === 'contacts' && !fields.some((f) => f === 'person.lastName' || f === 'person.fullName'))
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'A contacts file needs a column mapped to person.lastName or person.fullName.' });
  })
  .meta({ id: 'ImportMapping' });
export type ImportMapping = z.infer<typeof ImportMapping>;
