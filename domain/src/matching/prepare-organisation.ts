import { companyIdentity, type CompanyIdentity } from './french-company-id';
import type { OrganisationMatchProfile } from './match-profile';
import { emailDomain } from './normalize-email';
import { expandOrganisationName } from './expand-organisation-name';
import type { OrganisationName } from './normalize-organisation-name';
import { normalizeCity, normalizePostcode } from './normalize-place';
import { normalizePhoneE164 } from './normalize-phone';
import { isWebmailDomain, registrableDomain } from './organisation-domain';
import { websiteHost } from './website-host';

/** An organisation profile with every field normalised once, so ranking many candidates is cheap. */
export type PreparedOrganisation = {
  names: OrganisationName[];
  identity?: CompanyIdentity;
  emailDomains: ReadonlySet<string>;
  website?: string;
  phones: ReadonlySet<string>;
  postcode?: string;
  /** Normalised, for comparison. */
  city?: string;
  /** As written, for reasons. */
  cityLabel?: string;
};

/** Accepts a bare domain ("garnier-0.fr") or an address ("x@garnier-0.fr"). */
const domainOf = (raw: string): string | undefined => (raw.includes('@') ? emailDomain(raw) : websiteHost(raw));

const companyDomain = (host: string | undefined): string | undefined => {
  if (!host) return undefined;
  const domain = registrableDomain(host);
  return isWebmailDomain(domain) ? undefined : domain;
};

// Profiles are read, never changed, by the matcher: preparing one once per object is safe.
const cache = new WeakMap<OrganisationMatchProfile, PreparedOrganisation>();

export const prepareOrganisation = (profile: OrganisationMatchProfile): PreparedOrganisation => {
  const cached = cache.get(profile);
  if (cached) return cached;
  const names = profile.names.flatMap((name) => expandOrganisationName(name.value, name.type === 'acronym'));
  const identity = companyIdentity(profile.siren, profile.siret);
  const website = companyDomain(profile.website ? websiteHost(profile.website) : undefined);
  const emailDomains = new Set((profile.emailDomains ?? []).map((d) => companyDomain(domainOf(d))).filter((d): d is string => !!d));
  const phones = new Set((profile.phones ?? []).map((p) => normalizePhoneE164(p)).filter((p): p is string => !!p));
  const postcode = profile.postcode?.trim() ? normalizePostcode(profile.postcode) : undefined;
  const city = profile.city ? normalizeCity(profile.city) || undefined : undefined;
  const prepared: PreparedOrganisation = {
    names,
    ...(identity ? { identity } : {}),
    emailDomains,
    ...(website ? { website } : {}),
    phones,
    ...(postcode ? { postcode } : {}),
    ...(city ? { city, cityLabel: profile.city?.trim() } : {}),
  };
  cache.set(profile, prepared);
  return prepared;
};
