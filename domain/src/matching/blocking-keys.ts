import { likelyAcronyms } from './acronym';
import type { MatchProfile, OrganisationMatchProfile, PersonMatchProfile } from './match-profile';
import type { OrganisationName } from './normalize-organisation-name';
import { prepareOrganisation } from './prepare-organisation';
import { preparePerson } from './prepare-person';
import type { NamePart } from './person-name';
import { consonantSet, frenchPhonetic } from './string-similarity';

/** Keys per profile: enough families to catch every kind of variant, few enough to stay cheap. */
export const MAX_BLOCKING_KEYS = 16;
const MAX_KEY_LENGTH = 200;

const isPrintable = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code > 0x1f && (code < 0x7f || code > 0x9f);
};

/**
 * A key usable as an Azure Table PartitionKey/RowKey: the characters Table storage forbids
 * (/ \ # ?) and "%" are percent-encoded, control characters dropped, length bounded.
 */
const tableKey = (family: string, value: string): string =>
  [...`${family}:${value}`]
    .filter(isPrintable)
    .join('')
    .replace(/[%/\\#?]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .slice(0, MAX_KEY_LENGTH);

const phoneticOf = (word: string): string => frenchPhonetic(word) || word;

/**
 * Name keys, each robust to a different kind of variant: the glued core (case, accents, legal
 * form, spacing), the consonant sets (typos on vowels, swapped or doubled letters), the first
 * three letters of each word (abbreviations, typos late in words), the French phonetic codes
 * (spelling by ear), and the acronyms the name is likely known by.
 */
const organisationNameKeys = (name: OrganisationName): string[] => {
  if (name.acronym) return [tableKey('on', name.compact), tableKey('oa', name.acronym)];
  const sorted = (values: string[]): string => [...values].sort().join('-');
  return [
    tableKey('on', name.spelled.slice(0, 80)),
    tableKey('oc', sorted(name.core.map(consonantSet)).slice(0, 80)),
    tableKey('ox', sorted(name.core.map((w) => w.slice(0, 3)))),
    tableKey('op', sorted(name.core.map(phoneticOf)).slice(0, 80)),
    ...likelyAcronyms(name.words).map((acronym) => tableKey('oa', acronym)),
  ];
};

const organisationKeys = (profile: OrganisationMatchProfile): string[] => {
  const o = prepareOrganisation(profile);
  const domains = [...(o.website ? [o.website] : []), ...o.emailDomains];
  return [
    ...(o.identity ? [tableKey('siren', o.identity.siren)] : []),
    ...[...new Set(domains)].slice(0, 2).map((d) => tableKey('domain', d)),
    ...[...o.phones].slice(0, 1).map((p) => tableKey('ophone', p)),
    ...o.names.flatMap(organisationNameKeys),
  ];
};

/** Last name by ear or by consonants, with the other part's initial; both orders for swaps. */
const personNameKeys = (first: NamePart, last: NamePart): string[] =>
  [
    [last, first],
    [first, last],
  ].flatMap(([x, y]) =>
    x.compact ? [tableKey('pn', `${phoneticOf(x.compact)}:${y.compact.slice(0, 1)}`), tableKey('pc', `${consonantSet(x.compact)}:${y.compact.slice(0, 1)}`)] : [],
  );

const personKeys = (profile: PersonMatchProfile): string[] => {
  const p = preparePerson(profile);
  return [
    ...[...p.emails].slice(0, 3).map((e) => tableKey('email', e)),
    ...[...p.phones].slice(0, 2).map((phone) => tableKey('pphone', phone)),
    ...personNameKeys(p.first, p.last),
  ];
};

/**
 * Short deterministic keys such that a likely duplicate of the profile shares at least one of
 * them: the storage layer indexes a tier under each key and finds candidates by looking the
 * draft's keys up, without scanning. Organisation and person keys never collide.
 */
export const blockingKeys = (profile: MatchProfile): string[] => {
  const keys = profile.kind === 'organisation' ? organisationKeys(profile) : personKeys(profile);
  return [...new Set(keys)].slice(0, MAX_BLOCKING_KEYS);
};
