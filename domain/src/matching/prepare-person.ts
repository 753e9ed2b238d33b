import type { PersonMatchProfile } from './match-profile';
import { normalizeEmail } from './normalize-email';
import { normalizeOrganisationName, type OrganisationName } from './normalize-organisation-name';
import { normalizePhoneE164 } from './normalize-phone';
import { isWebmailDomain, registrableDomain } from './organisation-domain';
import { namePart, type NamePart } from './person-name';
import { foldText } from './fold-text';

export type Gender = 'female' | 'male';

/** A person profile with every field normalised once, so ranking many candidates is cheap. */
export type PreparedPerson = {
  first: NamePart;
  last: NamePart;
  gender?: Gender;
  emails: ReadonlySet<string>;
  /** Company domains of the person's addresses: a hint of the employer. */
  emailDomains: ReadonlySet<string>;
  phones: ReadonlySet<string>;
  organisationIds: ReadonlySet<string>;
  organisationNames: OrganisationName[];
};

const CIVILITIES: Record<string, Gender> = {
  m: 'male', mr: 'male', monsieur: 'male', messieurs: 'male',
  mme: 'female', madame: 'female', mlle: 'female', mademoiselle: 'female', mrs: 'female', ms: 'female', miss: 'female',
};

/** Civility as a gender when it states one ("Dr", "Me" do not). */
export const genderOf = (civility: string | undefined): Gender | undefined =>
  civility ? CIVILITIES[foldText(civility).replace(/[^a-z]/g, '')] : undefined;

// Profiles are read, never changed, by the matcher: preparing one once per object is safe.
const cache = new WeakMap<PersonMatchProfile, PreparedPerson>();

export const preparePerson = (profile: PersonMatchProfile): PreparedPerson => {
  const cached = cache.get(profile);
  if (cached) return cached;
  const emails = new Set((profile.emails ?? []).map((e) => normalizeEmail(e)).filter((e): e is string => !!e));
  const emailDomains = new Set(
    [...emails].map((e) => registrableDomain(e.slice(e.indexOf('@') + 1))).filter((d) => !isWebmailDomain(d)),
  );
  const gender = genderOf(profile.civility);
  const prepared: PreparedPerson = {
    first: namePart(profile.firstName ?? ''),
    last: namePart(profile.lastName ?? ''),
    ...(gender ? { gender } : {}),
    emails,
    emailDomains,
    phones: new Set((profile.phones ?? []).map((p) => normalizePhoneE164(p)).filter((p): p is string => !!p)),
    organisationIds: new Set(profile.organisationIds ?? []),
    organisationNames: (profile.organisationNames ?? []).map((n) => normalizeOrganisationName(n)).filter((n) => n.compact),
  };
  cache.set(profile, prepared);
  return prepared;
};
