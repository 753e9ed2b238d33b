import { combineEvidence, type Evidence } from './combine-evidence';
import { compareOrganisationNames } from './compare-organisation-names';
import type { PersonMatchProfile } from './match-profile';
import type { MatchResult } from './match-reason';
import { compareNameParts, nameReadings, type NamePart, type NamePartMatch } from './person-name';
import { preparePerson, type PreparedPerson } from './prepare-person';

/**
 * Log-odds weights. Identical names alone stay below 0.8 (homonyms exist); a shared personal
 * e-mail or phone, or the same employer, is what makes two contacts one person.
 */
const PRIOR = -2;
const SAME_EMAIL = 5;
const SHARED_GENERIC_EMAIL = 1;
const SAME_EMAIL_DOMAIN = 1.2;
/** Company addresses at two different companies: people move, so this is only a hint. */
const DIFFERENT_EMAIL_DOMAIN = -0.8;
const SAME_PHONE = 3;
const SAME_ORGANISATION = 1.6;
const SAME_ORGANISATION_BY_SHORT_NAME = 1;
const DIFFERENT_ORGANISATION = -1.2;
const DIFFERENT_CIVILITY = -2.5;

/** Names: agreement is modest evidence (homonyms), disagreement strong (a different person). */
const NAME = {
  same: 2.5,
  swapped: 2.3,
  near: 1.9,
  initial: 1.1,
  lastOnly: 0.7,
  compoundPart: 0.6,
  otherFirstName: -2,
  otherLastNameSameFirst: -1.5,
  otherLastNameNearFirst: -2.5,
  other: -3.5,
};

/** Addresses of a role, not a person: shared by colleagues, they do not identify anyone. */
const ROLE_MAILBOXES = new Set([
  'contact', 'info', 'infos', 'information', 'accueil', 'commercial', 'commerciale', 'direction', 'admin',
  'administration', 'compta', 'comptabilite', 'secretariat', 'hello', 'bonjour', 'sales', 'vente', 'ventes',
  'office', 'support', 'rh', 'recrutement', 'noreply', 'no-reply', 'serviceclient', 'service.client',
  'facturation', 'achats', 'achat', 'marketing', 'communication', 'reception', 'standard', 'mail', 'general',
]);

const fullName = (first: NamePart, last: NamePart): string => `${first.text} ${last.text}`.trim();

type Reading = { first: NamePartMatch; last: NamePartMatch; inverted: boolean };

const value = (r: Reading): number => r.first.similarity + r.last.similarity - (r.inverted ? 0.05 : 0);

/** The likelier reading; on a tie, the one where last names agree, whichever side comes first. */
const better = (x: Reading, y: Reading): Reading =>
  value(y) > value(x) || (value(y) === value(x) && y.last.similarity > x.last.similarity) ? y : x;

/**
 * Names compared as written, and with first and last swapped (a frequent data-entry slip). Once
 * swapped, either side's first name may be the real one: both are read, so that the score of
 * a pair does not depend on which one is the draft.
 */
const readParts = (aFirst: NamePart, aLast: NamePart, b: PreparedPerson): Reading => {
  const direct: Reading = { first: compareNameParts(aFirst, b.first, true), last: compareNameParts(aLast, b.last), inverted: false };
  const swapped = better(
    { first: compareNameParts(aFirst, b.last, true), last: compareNameParts(aLast, b.first), inverted: true },
    { first: compareNameParts(aLast, b.first, true), last: compareNameParts(aFirst, b.last), inverted: true },
  );
  return better(direct, swapped);
};

const readNames = (a: PreparedPerson, b: PreparedPerson): Reading =>
  [...nameReadings(a.first, a.last).map(([first, last]) => readParts(first, last, b)), ...nameReadings(b.first, b.last).map(([first, last]) => readParts(first, last, a))].reduce(better);

const nameEvidence = (a: PreparedPerson, b: PreparedPerson): Evidence[] => {
  const left = fullName(a.first, a.last);
  const right = fullName(b.first, b.last);
  if (!a.last.compact && !a.first.compact) return [];
  if (!b.last.compact && !b.first.compact) return [];
  const { first, last, inverted } = readNames(a, b);
  const names = { left, right };
  if (last.similarity >= 0.85) {
    if (first.kind === 'exact' && last.kind === 'exact') {
      return inverted
        ? [{ weight: NAME.swapped, reason: { code: 'INVERTED_PERSON_NAME', params: names } }]
        : [{ weight: NAME.same, reason: { code: 'SAME_PERSON_NAME', params: { name: left } } }];
    }
    if (first.similarity >= 0.85) {
      const phonetic = first.kind === 'phonetic' || last.kind === 'phonetic';
      return [{ weight: NAME.near, reason: { code: phonetic ? 'PERSON_NAME_SOUNDS_ALIKE' : 'PERSON_NAME_TYPO', params: names } }];
    }
    if (first.kind === 'initial') return [{ weight: NAME.initial, reason: { code: 'FIRST_NAME_INITIAL', params: names } }];
    if (first.kind === 'contained') return [{ weight: NAME.compoundPart, reason: { code: 'FIRST_NAME_INITIAL', params: names } }];
    if (first.kind === 'missing') return [{ weight: NAME.lastOnly, reason: { code: 'SAME_LAST_NAME', params: names } }];
    return [{ weight: NAME.otherFirstName, reason: { code: 'DIFFERENT_FIRST_NAME', params: names } }];
  }
  // Same first name, other last name: a different person, or the same one after marriage.
  const weight = first.kind === 'exact' ? NAME.otherLastNameSameFirst : first.similarity >= 0.85 ? NAME.otherLastNameNearFirst : NAME.other;
  return [{ weight, reason: { code: 'DIFFERENT_PERSON_NAME', params: names } }];
};

const contactEvidence = (a: PreparedPerson, b: PreparedPerson): Evidence[] => {
  const evidence: Evidence[] = [];
  const email = [...a.emails].find((e) => b.emails.has(e));
  if (email) {
    const role = ROLE_MAILBOXES.has(email.slice(0, email.indexOf('@')));
    evidence.push(
      role
        ? { weight: SHARED_GENERIC_EMAIL, reason: { code: 'SHARED_GENERIC_EMAIL', params: { email } } }
        : { weight: SAME_EMAIL, reason: { code: 'SAME_EMAIL', params: { email } } },
    );
  } else if (a.emailDomains.size > 0 && b.emailDomains.size > 0) {
    // The same brand under another top-level domain (acme.fr, acme.com) is the same employer.
    const label = (domain: string): string => domain.split('.')[0];
    const labels = new Set([...b.emailDomains].map(label));
    const domain = [...a.emailDomains].find((d) => labels.has(label(d)));
    evidence.push(
      domain
        ? { weight: SAME_EMAIL_DOMAIN, reason: { code: 'SAME_EMAIL_DOMAIN', params: { domain } } }
        : { weight: DIFFERENT_EMAIL_DOMAIN, reason: { code: 'DIFFERENT_DOMAIN', params: { left: [...a.emailDomains][0], right: [...b.emailDomains][0] } } },
    );
  }
  const phone = [...a.phones].find((p) => b.phones.has(p));
  if (phone) evidence.push({ weight: SAME_PHONE, reason: { code: 'SAME_PHONE', params: { phone } } });
  return evidence;
};

const organisationEvidence = (a: PreparedPerson, b: PreparedPerson): Evidence[] => {
  const sharedId = [...a.organisationIds].find((id) => b.organisationIds.has(id));
  if (sharedId) {
    const organisation = a.organisationNames[0]?.text ?? b.organisationNames[0]?.text ?? sharedId;
    return [{ weight: SAME_ORGANISATION, reason: { code: 'SAME_ORGANISATION', params: { organisation } } }];
  }
  for (const left of a.organisationNames) {
    for (const right of b.organisationNames) {
      const comparison = compareOrganisationNames(left, right);
      // "Acme" for "Acme Industrie SAS" is how people name their employer: likely, not certain.
      const weight = comparison.similarity >= 0.9 ? SAME_ORGANISATION : comparison.kind === 'contained' || comparison.kind === 'distinctive' ? SAME_ORGANISATION_BY_SHORT_NAME : 0;
      if (weight > 0) return [{ weight, reason: { code: 'SAME_ORGANISATION', params: { organisation: left.text } } }];
    }
  }
  const known = (p: PreparedPerson): boolean => p.organisationIds.size > 0 || p.organisationNames.length > 0;
  const comparable = (a.organisationIds.size > 0 && b.organisationIds.size > 0) || (a.organisationNames.length > 0 && b.organisationNames.length > 0);
  if (!known(a) || !known(b) || !comparable) return [];
  const label = (p: PreparedPerson): string => p.organisationNames[0]?.text ?? [...p.organisationIds][0];
  return [{ weight: DIFFERENT_ORGANISATION, reason: { code: 'DIFFERENT_ORGANISATION', params: { left: label(a), right: label(b) } } }];
};

const civilityEvidence = (a: PreparedPerson, b: PreparedPerson): Evidence[] =>
  a.gender && b.gender && a.gender !== b.gender
    ? [{ weight: DIFFERENT_CIVILITY, reason: { code: 'DIFFERENT_CIVILITY', params: { left: a.gender, right: b.gender } } }]
    : [];

/** How likely two person profiles designate the same person, and why. */
export const scorePerson = (draft: PersonMatchProfile, candidate: PersonMatchProfile): MatchResult => {
  const a = preparePerson(draft);
  const b = preparePerson(candidate);
  return combineEvidence(PRIOR, [...nameEvidence(a, b), ...contactEvidence(a, b), ...organisationEvidence(a, b), ...civilityEvidence(a, b)]);
};
