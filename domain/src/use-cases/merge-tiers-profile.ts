import { normalizePhoneE164 } from '../matching/normalize-phone';
import type { Confidentiality, Organisation, Person, Tier } from '../model/tier.schema';

const folded = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The survivor's values first, then the duplicate's that say something new, within the schema's limits. */
const union = <T>(survivor: readonly T[] | undefined, duplicate: readonly T[] | undefined, key: (value: T) => string, max: number): T[] | undefined => {
  const seen = new Set<string>();
  const merged = [...(survivor ?? []), ...(duplicate ?? [])].filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return merged.length > 0 ? merged.slice(0, max) : undefined;
};

const strictness: Record<Confidentiality, number> = { public: 0, restricted: 1, confidential: 2 };

/** The duplicate's data was protected at its level: the merged tier is at least as protected. */
const stricter = (a: Confidentiality, b: Confidentiality): Confidentiality => (strictness[b] > strictness[a] ? b : a);

const phoneKey = (p: { number: string }) => normalizePhoneE164(p.number) ?? p.number;
const addressKey = (a: Record<string, unknown>) => folded(JSON.stringify([a.kind, a.lines, a.poBox, a.postcode, a.city, a.cedex, a.country]));
const externalIdKey = (e: { system: string; id: string }) => `${e.system}\n${e.id}`;

type OrganisationData = Pick<Organisation, 'names' | 'siren' | 'siret' | 'headOffice' | 'addresses' | 'phones' | 'website' | 'emailDomains' | 'externalIds'>;
type PersonData = Pick<Person, 'civility' | 'emails' | 'phones' | 'jobTitle' | 'referenceFunction' | 'assistant' | 'externalIds'>;

/** Two descriptions of one organisation as one: lists united, the first one's single values kept, the second's filling gaps. */
export const uniteOrganisationData = (s: OrganisationData, d: OrganisationData): OrganisationData => ({
  names: union(s.names, d.names, (n) => `${n.type}\n${folded(n.value)}`, 20) ?? s.names,
  siren: s.siren ?? d.siren,
  siret: s.siret ?? (s.siren && d.siret && !d.siret.startsWith(s.siren) ? undefined : d.siret),
  headOffice: s.headOffice ?? d.headOffice,
  addresses: union(s.addresses, d.addresses, addressKey, 20),
  phones: union(s.phones, d.phones, phoneKey, 20),
  website: s.website ?? d.website,
  emailDomains: union(s.emailDomains, d.emailDomains, (e) => e.toLowerCase(), 20),
  externalIds: union(s.externalIds, d.externalIds, externalIdKey, 10),
});

/** Same for a person: e-mails and phones united, the first one's single values kept. */
export const unitePersonData = (s: PersonData, d: PersonData): PersonData => ({
  civility: s.civility ?? d.civility,
  emails: union(s.emails, d.emails, (e) => e.toLowerCase(), 10),
  phones: union(s.phones, d.phones, phoneKey, 10),
  jobTitle: s.jobTitle ?? d.jobTitle,
  referenceFunction: s.referenceFunction ?? d.referenceFunction,
  assistant: s.assistant ?? d.assistant,
  externalIds: union(s.externalIds, d.externalIds, externalIdKey, 10),
});

const mergeOrganisations = (s: Organisation, d: Organisation): Organisation => ({
  ...s,
  ...uniteOrganisationData(s, d),
  parentId: s.parentId ?? (d.parentId === s.id ? undefined : d.parentId),
  confidentiality: stricter(s.confidentiality, d.confidentiality),
});

const mergePersons = (s: Person, d: Person): Person => ({
  ...s,
  ...unitePersonData(s, d),
  confidentiality: stricter(s.confidentiality, d.confidentiality),
});

/** Which record a field of the merged tier comes from: a list may also keep both records' elements. */
export type FieldPick = 'survivor' | 'duplicate' | 'both';

/** The fields a steward may pick per merge; confidentiality is always the stricter, the SIREN never two. */
export const pickableFields: Record<Tier['kind'], readonly string[]> = {
  organisation: ['names', 'siret', 'headOffice', 'parentId', 'addresses', 'phones', 'website', 'emailDomains', 'externalIds'],
  person: ['civility', 'firstName', 'lastName', 'jobTitle', 'referenceFunction', 'assistant', 'emails', 'phones', 'externalIds'],
};
const listPicks = ['names', 'addresses', 'phones', 'emailDomains', 'emails', 'externalIds'];
export const isListPick = (field: string): boolean => listPicks.includes(field);

/**
 * The survivor as it is after taking the duplicate in: names, addresses, contact points, e-mail
 * domains and external ids united; its own single values kept, the duplicate's filling the gaps;
 * then, field by field, what the steward picked (the survivor's or the duplicate's value, or for
 * a list both). Merging is idempotent: taking the same duplicate twice changes nothing more.
 */
export const mergeProfiles = (survivor: Tier, duplicate: Tier, picks: Readonly<Record<string, FieldPick>> = {}): Tier => {
  const merged =
    survivor.kind === 'organisation' && duplicate.kind === 'organisation'
      ? mergeOrganisations(survivor, duplicate)
      : survivor.kind === 'person' && duplicate.kind === 'person'
        ? mergePersons(survivor, duplicate)
        : survivor;
  const next: Record<string, unknown> = { ...merged };
  for (const field of pickableFields[survivor.kind]) {
    const pick = picks[field];
    if (pick === 'survivor') next[field] = (survivor as Record<string, unknown>)[field];
    if (pick === 'duplicate') next[field] = (duplicate as Record<string, unknown>)[field];
  }
  return next as Tier;
};
