import { likelyAcronyms } from './acronym';
import type { MatchProfile, OrganisationMatchProfile, PersonMatchProfile } from './match-profile';
import type { OrganisationName } from './normalize-organisation-name';
import { prepareOrganisation } from './prepare-organisation';
import { preparePerson } from './prepare-person';
import { nameReadings, type NamePart } from './person-name';
import { consonantSet, frenchPhonetic } from './string-similarity';
import { isQualifier } from './word-weights';

/**
 * Keys per profile: enough families to catch every kind of variant, few enough to stay cheap (one
 * index entity per key). A profile with one or two names needs about 15; the last families of a
 * third name are the first dropped.
 */
export const MAX_BLOCKING_KEYS = 24;
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

const sorted = (values: string[]): string => [...values].sort().join('-').slice(0, 80);

/** A word's last three letters: they survive a typo at its start. */
const tail = (word: string): string => word.slice(-3);

/**
 * For each word, its tail with the other words whole: a typo early in one word leaves the
 * others intact, and a common ending ("-ier", "-erie") alone would gather half the base.
 */
const tailKeys = (core: string[]): string[] =>
  core.slice(0, 3).map((word, i) => tableKey('os', `${tail(word)}|${sorted(core.filter((_, j) => j !== i))}`));

/**
 * The key listing the organisations whose name holds a word: a draft finds "Compagnie générale des
 * établissements Michelin" from "Michelin" through it, and the list's length is how many
 * organisations hold the word (its document frequency, see WordFrequencies).
 */
export const wordKey = (word: string): string => tableKey('ow', word);

/** The key listing the organisations known by an acronym or spelling it out: its length says how ambiguous the acronym is. */
export const acronymKey = (acronym: string): string => tableKey('oa', acronym);

/** Words of a name worth a word key: a long name's first four, each short one also glued to its neighbour ("Cap Gemini" → "capgemini"). */
const WORDS_PER_NAME = 4;

export const keyedWords = (name: OrganisationName): string[] => {
  const words = name.core.slice(0, WORDS_PER_NAME).filter((w) => w.length >= 2 && !isQualifier(w) && !/^\d+$/.test(w));
  const glued = name.core.slice(0, WORDS_PER_NAME).flatMap((w, i, all) => (i + 1 < all.length && Math.min(w.length, all[i + 1].length) <= 4 ? [w + all[i + 1]] : []));
  return [...new Set([...words, ...glued])];
};

/** The core words but qualifiers ("Hermès" of "Hermès International"), as people drop them; the core if nothing is left. */
const identifying = (name: OrganisationName): string[] => {
  const words = name.core.filter((w) => !isQualifier(w));
  return words.length > 0 ? words : name.core;
};

/**
 * Name keys by family, each robust to a different kind of variant: the glued words (case,
 * accents, legal form, spacing, generic words and qualifiers left out), the first three letters of each word (abbreviations, late
 * typos), each word's tail (early typos), first two and last two letters (typos mid-word), the
 * consonant sets (vowel slips, swapped or doubled letters), the French phonetic codes (spelling
 * by ear), the acronyms the name is likely known by, and each distinctive word alone (a usual short
 * name, a word glued or split). One typo in one word of five letters or more leaves at least one of
 * the prefix, tail and ends keys intact.
 */
const NAME_KEY_FAMILIES: ((name: OrganisationName) => string[])[] = [
  (name) => [...new Set([name.spelled, identifying(name).join('')])].map((glued) => tableKey('on', glued.slice(0, 80))),
  (name) => (name.acronym ? [acronymKey(name.acronym)] : []),
  (name) => keyedWords(name).map(wordKey),
  (name) => [tableKey('ox', sorted(identifying(name).map((w) => w.slice(0, 3))))],
  (name) => [tableKey('oc', sorted(identifying(name).map(consonantSet)))],
  (name) => tailKeys(identifying(name)),
  (name) => [tableKey('op', sorted(identifying(name).map(phoneticOf)))],
  (name) => [...likelyAcronyms(name.words), ...[...name.acronymWords].filter((w) => w !== name.acronym)].map(acronymKey),
  (name) => [tableKey('of', sorted(identifying(name).map((w) => w.slice(0, 2) + w.slice(-2))))],
];

/** Family by family across all names, so a second name is not crowded out by the first. */
const organisationNameKeys = (names: OrganisationName[]): string[] => NAME_KEY_FAMILIES.flatMap((family) => names.flatMap(family));

const organisationKeys = (profile: OrganisationMatchProfile): string[] => {
  const o = prepareOrganisation(profile);
  const domains = [...(o.website ? [o.website] : []), ...o.emailDomains];
  return [
    ...(o.identity ? [tableKey('siren', o.identity.siren)] : []),
    ...[...new Set(domains)].slice(0, 2).map((d) => tableKey('domain', d)),
    ...[...o.phones].slice(0, 1).map((p) => tableKey('ophone', p)),
    ...organisationNameKeys(o.names),
  ];
};

/**
 * One name part by ear (or by consonants) with the other part's first or last letter, in both
 * orders for swapped names: one typo in one part leaves the other part's keys intact.
 */
const personNameKeys = (first: NamePart, last: NamePart): string[] =>
  [
    [last, first],
    [first, last],
  ].flatMap(([x, y]) =>
    x.compact
      ? [
          tableKey('pn', `${phoneticOf(x.compact)}:${y.compact.slice(0, 1)}`),
          tableKey('pe', `${phoneticOf(x.compact)}:${y.compact.slice(-1)}`),
          tableKey('pc', `${consonantSet(x.compact)}:${y.compact.slice(0, 1)}`),
        ]
      : [],
  );

const personKeys = (profile: PersonMatchProfile): string[] => {
  const p = preparePerson(profile);
  return [
    ...[...p.emails].slice(0, 3).map((e) => tableKey('email', e)),
    ...[...p.phones].slice(0, 2).map((phone) => tableKey('pphone', phone)),
    ...nameReadings(p.first, p.last).flatMap(([first, last]) => personNameKeys(first, last)),
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

/** The word keys of an organisation profile's names: where the index counts how many organisations hold each word. */
export const wordKeysOf = (profile: MatchProfile): string[] =>
  profile.kind === 'organisation' ? [...new Set(prepareOrganisation(profile).names.flatMap(keyedWords).map(wordKey))] : [];
