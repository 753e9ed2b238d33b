/**
 * What the matcher knows of a tier: the identity-bearing fields only, mapped from the tier model
 * by the caller, so matching stays independent of how tiers are stored.
 */
export type OrganisationNameType = 'legal' | 'commercial' | 'sign' | 'acronym';

export type OrganisationMatchProfile = {
  kind: 'organisation';
  id?: string;
  names: { type: OrganisationNameType; value: string }[];
  siren?: string;
  siret?: string;
  website?: string;
  emailDomains?: string[];
  phones?: string[];
  postcode?: string;
  city?: string;
};

export type PersonMatchProfile = {
  kind: 'person';
  id?: string;
  civility?: string;
  firstName: string;
  lastName: string;
  emails?: string[];
  phones?: string[];
  organisationIds?: string[];
  organisationNames?: string[];
};

export type MatchProfile = OrganisationMatchProfile | PersonMatchProfile;
