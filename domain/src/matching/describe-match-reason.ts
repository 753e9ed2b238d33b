import { formatSiren } from './french-company-id';
import type { MatchReason, MatchReasonCode } from './match-reason';
import { COMMON_WORD_COUNT } from './word-weights';

export type ReasonLanguage = 'fr' | 'en';

type Params = MatchReason['params'];
type Wording = Record<MatchReasonCode, (p: Params) => string>;

/** "+33156734067" → "+33 1 56 73 40 67"; other numbers stay in E.164. */
const phone = (value: string | number): string => {
  const text = String(value);
  return /^\+33\d{9}$/.test(text) ? `+33 ${text[3]} ${text.slice(4).replace(/(\d{2})(?=\d)/g, '$1 ')}` : text;
};

const id = (value: string | number): string => formatSiren(String(value));
const gender = (value: string | number, lang: ReasonLanguage): string =>
  lang === 'fr' ? (value === 'female' ? 'Madame' : 'Monsieur') : value === 'female' ? 'Ms' : 'Mr';

/** "1 000+": the index stops counting a word's holders there. */
const count = (value: string | number, lang: ReasonLanguage): string => {
  const n = Number(value);
  const text = n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  return n >= COMMON_WORD_COUNT ? `${text}+` : text;
};

const FRENCH: Wording = {
  SAME_SIRET: (p) => `Même SIRET ${id(p.siret)}`,
  SAME_SIREN: (p) => `Même SIREN ${id(p.siren)}`,
  SAME_COMPANY: (p) => `Établissement de la même entreprise (le SIRET ${id(p.siret)} commence par le SIREN ${id(p.siren)})`,
  DIFFERENT_SIREN: (p) => `SIREN différents (${id(p.left)} et ${id(p.right)}) : deux entreprises distinctes`,
  SAME_NAME: (p) => (p.left === p.right ? `Même nom « ${p.left} »` : `Même nom une fois normalisé : « ${p.left} » et « ${p.right} »`),
  REORDERED_NAME: (p) => `Mêmes mots dans un autre ordre : « ${p.left} » et « ${p.right} »`,
  ACRONYM: (p) => `« ${p.acronym} » est le sigle de « ${p.name} »`,
  JOINED_WORDS: (p) => `Mêmes mots, attachés ou séparés : « ${p.left} » et « ${p.right} »`,
  TRANSLATED_NAME: (p) => `Même nom, un mot traduit (« ${p.word} » et « ${p.translation} ») : « ${p.left} » et « ${p.right} »`,
  DISTINCTIVE_WORD: (p) =>
    Number(p.words) > 1 ? `« ${p.part} » sont les mots distinctifs de « ${p.name} »` : `« ${p.part} » est le mot distinctif de « ${p.name} »`,
  COMMON_WORD: (p) => `« ${p.word} » figure dans ${count(p.count, 'fr')} organisations de la base : ce mot distingue peu`,
  TWO_NAMES: (p) => `« ${p.left} » et « ${p.right} » sont deux noms de la base (${count(p.leftCount, 'fr')} et ${count(p.rightCount, 'fr')} organisations), pas le même nom mal orthographié`,
  ABBREVIATION: (p) => `« ${p.short} » abrège « ${p.long} » : « ${p.left} » et « ${p.right} »`,
  NAME_TYPO: (p) => `Noms presque identiques (faute de frappe) : « ${p.left} » et « ${p.right} »`,
  NAME_SOUNDS_ALIKE: (p) => `Noms qui se prononcent pareil : « ${p.left} » et « ${p.right} »`,
  NAME_CONTAINED: (p) => `Un nom contient l'autre : « ${p.left} » et « ${p.right} »`,
  SIMILAR_NAME: (p) => `Noms en partie semblables (${p.similarity} %) : « ${p.left} » et « ${p.right} »`,
  DIFFERENT_NAME: (p) => `Noms différents : « ${p.left} » et « ${p.right} »`,
  SAME_EMAIL_DOMAIN: (p) => `Même domaine de messagerie ${p.domain}`,
  SAME_WEBSITE: (p) => `Même site web ${p.domain}`,
  WEBSITE_MATCHES_EMAIL_DOMAIN: (p) => `Le site web et le domaine de messagerie coïncident : ${p.domain}`,
  SAME_DOMAIN_NAME: (p) => `Même nom de domaine sous une autre extension (${p.left} et ${p.right})`,
  DIFFERENT_DOMAIN: (p) => `Domaines différents (${p.left} et ${p.right})`,
  SAME_PHONE: (p) => `Même numéro de téléphone ${phone(p.phone)}`,
  SAME_POSTCODE: (p) => `Même code postal ${p.postcode}`,
  SAME_CITY: (p) => `Même ville (${p.city})`,
  DIFFERENT_CITY: (p) => `Lieux différents (${p.left} et ${p.right})`,
  SAME_EMAIL: (p) => `Même adresse e-mail ${p.email}`,
  SHARED_GENERIC_EMAIL: (p) => `Même adresse générique ${p.email} (partagée par plusieurs personnes)`,
  SAME_PERSON_NAME: (p) => `Mêmes prénom et nom : ${p.name}`,
  INVERTED_PERSON_NAME: (p) => `Prénom et nom inversés : « ${p.left} » et « ${p.right} »`,
  PERSON_NAME_TYPO: (p) => `Noms presque identiques : « ${p.left} » et « ${p.right} »`,
  PERSON_NAME_SOUNDS_ALIKE: (p) => `Noms qui se prononcent pareil : « ${p.left} » et « ${p.right} »`,
  FIRST_NAME_INITIAL: (p) => `Même nom, prénom compatible : « ${p.left} » et « ${p.right} »`,
  SAME_LAST_NAME: (p) => `Même nom de famille, prénom absent d'un côté : « ${p.left} » et « ${p.right} »`,
  DIFFERENT_FIRST_NAME: (p) => `Même nom mais prénoms différents : « ${p.left} » et « ${p.right} »`,
  DIFFERENT_PERSON_NAME: (p) => `Noms différents : « ${p.left} » et « ${p.right} »`,
  SAME_ORGANISATION: (p) => `Même organisation (${p.organisation})`,
  DIFFERENT_ORGANISATION: (p) => `Organisations différentes (${p.left} et ${p.right})`,
  DIFFERENT_CIVILITY: (p) => `Civilités différentes (${gender(p.left, 'fr')} et ${gender(p.right, 'fr')})`,
};

const ENGLISH: Wording = {
  SAME_SIRET: (p) => `Same SIRET ${id(p.siret)}`,
  SAME_SIREN: (p) => `Same SIREN ${id(p.siren)}`,
  SAME_COMPANY: (p) => `Establishment of the same company (SIRET ${id(p.siret)} starts with SIREN ${id(p.siren)})`,
  DIFFERENT_SIREN: (p) => `Different SIRENs (${id(p.left)} and ${id(p.right)}): two distinct companies`,
  SAME_NAME: (p) => (p.left === p.right ? `Same name '${p.left}'` : `Same name once normalised: '${p.left}' and '${p.right}'`),
  REORDERED_NAME: (p) => `Same words in another order: '${p.left}' and '${p.right}'`,
  ACRONYM: (p) => `'${p.acronym}' is the acronym of '${p.name}'`,
  JOINED_WORDS: (p) => `Same words, joined or split: '${p.left}' and '${p.right}'`,
  TRANSLATED_NAME: (p) => `Same name with a word translated ('${p.word}' and '${p.translation}'): '${p.left}' and '${p.right}'`,
  DISTINCTIVE_WORD: (p) =>
    Number(p.words) > 1 ? `'${p.part}' are the distinctive words of '${p.name}'` : `'${p.part}' is the distinctive word of '${p.name}'`,
  COMMON_WORD: (p) => `'${p.word}' appears in ${count(p.count, 'en')} organisations of the base: it tells little apart`,
  TWO_NAMES: (p) => `'${p.left}' and '${p.right}' are two names of the base (${count(p.leftCount, 'en')} and ${count(p.rightCount, 'en')} organisations), not one name misspelt`,
  ABBREVIATION: (p) => `'${p.short}' abbreviates '${p.long}': '${p.left}' and '${p.right}'`,
  NAME_TYPO: (p) => `Names differ by a typo: '${p.left}' and '${p.right}'`,
  NAME_SOUNDS_ALIKE: (p) => `Names sound alike: '${p.left}' and '${p.right}'`,
  NAME_CONTAINED: (p) => `One name contains the other: '${p.left}' and '${p.right}'`,
  SIMILAR_NAME: (p) => `Partly similar names (${p.similarity}%): '${p.left}' and '${p.right}'`,
  DIFFERENT_NAME: (p) => `Different names: '${p.left}' and '${p.right}'`,
  SAME_EMAIL_DOMAIN: (p) => `Same e-mail domain ${p.domain}`,
  SAME_WEBSITE: (p) => `Same website ${p.domain}`,
  WEBSITE_MATCHES_EMAIL_DOMAIN: (p) => `Website matches e-mail domain ${p.domain}`,
  SAME_DOMAIN_NAME: (p) => `Same domain name under another extension (${p.left} and ${p.right})`,
  DIFFERENT_DOMAIN: (p) => `Different domains (${p.left} and ${p.right})`,
  SAME_PHONE: (p) => `Same phone number ${phone(p.phone)}`,
  SAME_POSTCODE: (p) => `Same postcode ${p.postcode}`,
  SAME_CITY: (p) => `Same city (${p.city})`,
  DIFFERENT_CITY: (p) => `Different places (${p.left} and ${p.right})`,
  SAME_EMAIL: (p) => `Same e-mail address ${p.email}`,
  SHARED_GENERIC_EMAIL: (p) => `Same shared mailbox ${p.email} (used by several people)`,
  SAME_PERSON_NAME: (p) => `Same first and last name: ${p.name}`,
  INVERTED_PERSON_NAME: (p) => `First and last names swapped: '${p.left}' and '${p.right}'`,
  PERSON_NAME_TYPO: (p) => `Nearly identical names: '${p.left}' and '${p.right}'`,
  PERSON_NAME_SOUNDS_ALIKE: (p) => `Names sound alike: '${p.left}' and '${p.right}'`,
  FIRST_NAME_INITIAL: (p) => `Same last name, compatible first name: '${p.left}' and '${p.right}'`,
  SAME_LAST_NAME: (p) => `Same last name, first name missing on one side: '${p.left}' and '${p.right}'`,
  DIFFERENT_FIRST_NAME: (p) => `Same last name but different first names: '${p.left}' and '${p.right}'`,
  DIFFERENT_PERSON_NAME: (p) => `Different names: '${p.left}' and '${p.right}'`,
  SAME_ORGANISATION: (p) => `Same organisation (${p.organisation})`,
  DIFFERENT_ORGANISATION: (p) => `Different organisations (${p.left} and ${p.right})`,
  DIFFERENT_CIVILITY: (p) => `Different civilities (${gender(p.left, 'en')} and ${gender(p.right, 'en')})`,
};

/** French typography: a non-breaking space before « : ; ? ! » and inside guillemets. */
const frenchSpacing = (text: string): string => text.replace(/ ([:;?!])/g, '\u00a0$1').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');

/** A sentence that tells a person why two tiers look alike, in French or English. */
export const describeMatchReason = (reason: MatchReason, lang: ReasonLanguage): string =>
  lang === 'fr' ? frenchSpacing(FRENCH[reason.code](reason.params)) : ENGLISH[reason.code](reason.params);
