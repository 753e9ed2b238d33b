import { z } from 'zod';
import { ConsentRecord } from '../gdpr/person-consent.schema';
import { RetentionHold } from '../gdpr/retention-hold.schema';
import { Email, Id, IsoDateTime, UserId } from './common.schema';
import { Address, ElementId, ExternalId, Phone } from './contact-point.schema';
import { Lifecycle } from './lifecycle';
import { compactDigits, isValidSiren, isValidSiret } from './siren';

export const TierKind = z.enum(['organisation', 'person']);
export type TierKind = z.infer<typeof TierKind>;
export const Confidentiality = z.enum(['public', 'restricted', 'confidential']);
export type Confidentiality = z.infer<typeof Confidentiality>;

export const NameType = z.enum(['legal', 'commercial', 'sign', 'acronym']);
export const OrganisationName = z.object({ id: ElementId.optional(), type: NameType, value: z.string().trim().min(1).max(200) }).strict();
export type OrganisationName = z.infer<typeof OrganisationName>;

const Siren = z.preprocess(
  (v) => (typeof v === 'string' ? compactDigits(v) : v),
  z.string().refine(isValidSiren, 'Invalid SIREN: expected 9 digits with a valid check digit.'),
);
const Siret = z.preprocess(
  (v) => (typeof v === 'string' ? compactDigits(v) : v),
  z.string().refine(isValidSiret, 'Invalid SIRET: expected 14 digits with a valid check digit.'),
);
export const EmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/, 'Expected an e-mail domain like example.fr.');
const Website = z
  .string()
  .trim()
  .max(300)
  .regex(/^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i, 'Expected a website like https://example.fr.');

/**
 * Civility is asked early: Dominique or Valéry can be anyone. Common spellings are accepted, with
 * or without the dot (Salesforce writes "Ms.", "Mrs.", "Mr.").
 */
const civilityAliases: Record<string, 'Mme' | 'M.'> = {
  mme: 'Mme', 'mme.': 'Mme', madame: 'Mme', mrs: 'Mme', 'mrs.': 'Mme', ms: 'Mme', 'ms.': 'Mme', mlle: 'Mme', 'mlle.': 'Mme',
  mademoiselle: 'Mme', miss: 'Mme',
  m: 'M.', 'm.': 'M.', monsieur: 'M.', mr: 'M.', 'mr.': 'M.',
};

/** Titles that say nothing of gender (Salesforce's "Dr.", "Prof.", "Mx."; Maître): understood, and no civility follows from them. */
export const isGenderNeutralTitle = (text: string): boolean =>
  /^(dr|docteur|doctor|pr|prof|professeur|professor|me|ma[iî]tre|mx)\.?$/i.test(text.trim());
export const Civility = z.preprocess(
  (v) => (typeof v === 'string' ? (civilityAliases[v.trim().toLowerCase()] ?? v) : v),
  z.enum(['Mme', 'M.'], { error: 'Expected Mme or M.' }),
);

const visibility = {
  ownerTeam: z.string().trim().min(1).max(60).optional(),
  confidentiality: Confidentiality.optional(),
  externalIds: z.array(ExternalId).max(10).optional(),
};

/** The organisation fields a client may write. */
export const organisationFields = {
  names: z.array(OrganisationName).min(1, 'At least one name is required.').max(20),
  siren: Siren.optional(),
  siret: Siret.optional(),
  parentId: Id.optional(),
  headOffice: z.boolean().optional(),
  addresses: z.array(Address).max(20).optional(),
  phones: z.array(Phone).max(20).optional(),
  website: Website.optional(),
  emailDomains: z.array(EmailDomain).max(20).optional(),
  ...visibility,
};

export const personFields = {
  civility: Civility.optional(),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  emails: z.array(Email).max(10).optional(),
  phones: z.array(Phone).max(10).optional(),
  jobTitle: z.string().trim().min(1).max(200).optional(),
  referenceFunction: z.string().trim().min(1).max(60).optional(),
  assistant: z.string().trim().min(1).max(200).optional(),
  ...visibility,
};

const sirenMatchesSiret = (tier: { siren?: string; siret?: string }, ctx: z.RefinementCtx): void => {
  // Only when both are valid: a bad check digit is reported once, on its own field.
  if (tier.siren && tier.siret && isValidSiren(tier.siren) && isValidSiret(tier.siret) && !tier.siret.startsWith(tier.siren))
    ctx.addIssue({ code: 'custom', path: ['siret'], message: 'The SIRET does not start with the SIREN.' });
};

export const OrganisationDraft = z
  .object({ kind: z.literal('organisation'), ...organisationFields, lifecycle: Lifecycle.optional() })
  .strict()
  .superRefine(sirenMatchesSiret)
  .meta({ id: 'OrganisationDraft' });
export const PersonDraft = z
  .object({
    kind: z.literal('person'),
    ...personFields,
    lifecycle: Lifecycle.optional(),
    /** Convenience: also records "works for" this organisation. */
    organisationId: Id.optional(),
  })
  .strict()
  .meta({ id: 'PersonDraft' });
export const TierDraft = z.discriminatedUnion('kind', [OrganisationDraft, PersonDraft]).meta({ id: 'TierDraft' });
export type TierDraft = z.infer<typeof TierDraft>;
export type OrganisationDraft = z.infer<typeof OrganisationDraft>;
export type PersonDraft = z.infer<typeof PersonDraft>;

export const OrganisationPatch = z
  .object({
    ...Object.fromEntries(Object.entries(organisationFields).map(([k, s]) => [k, s.optional()])),
    lifecycle: Lifecycle.optional(),
    owner: UserId.optional(),
  })
  .strict();
export const PersonPatch = z
  .object({
    ...Object.fromEntries(Object.entries(personFields).map(([k, s]) => [k, s.optional()])),
    lifecycle: Lifecycle.optional(),
    owner: UserId.optional(),
  })
  .strict();

const stored = {
  id: Id,
  ownerTeam: z.string(),
  confidentiality: Confidentiality,
  lifecycle: Lifecycle.optional(),
  owner: UserId.optional(),
  /** Archived by the retention job: out of every list and index, readable by stewards and admins only. */
  status: z.enum(['active', 'merged', 'erased', 'archived']),
  mergedInto: Id.optional(),
  /** Kept past its retention period by a steward (PUT /api/tiers/{id}/retention-hold); never written by PATCH. */
  retentionHold: RetentionHold.optional(),
  createdAt: IsoDateTime,
  createdBy: UserId,
  updatedAt: IsoDateTime,
};

/** Addresses replaced or removed, each with its end date: the card shows them as history. Written by Relais only. */
export const MAX_FORMER_ADDRESSES = 50;
export const Organisation = z
  .object({ kind: z.literal('organisation'), ...organisationFields, formerAddresses: z.array(Address).max(MAX_FORMER_ADDRESSES).optional(), ...stored })
  .meta({ id: 'Organisation' });
/** Consents are recorded through PUT /api/persons/{id}/consents (history kept), never by PATCH. */
const personRights = {
  consents: z.array(ConsentRecord).optional(),
  /** The person refused prospecting on at least one channel: the add-in and the card show it. */
  prospectingObjection: z.boolean().optional(),
};
export const Person = z.object({ kind: z.literal('person'), ...personFields, ...stored, ...personRights }).meta({ id: 'Person' });
export const Tier = z.discriminatedUnion('kind', [Organisation, Person]).meta({ id: 'Tier' });
export type Organisation = z.infer<typeof Organisation>;
export type Person = z.infer<typeof Person>;
export type Tier = z.infer<typeof Tier>;

export { displayName } from './display-name';
