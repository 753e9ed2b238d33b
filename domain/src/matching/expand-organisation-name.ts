import { acronymFit } from './acronym';
import { foldText } from './fold-text';
import { FRENCH_STOP_WORDS, GENERIC_ORGANISATION_WORDS } from './french-name-words';
import { LEGAL_FORM_ABBREVIATIONS, SPELLED_LEGAL_FORMS, TRAILING_LEGAL_FORMS } from './french-legal-forms';
import { normalizeOrganisationName, organisationTokens, startsWithForm, type OrganisationName } from './normalize-organisation-name';

const isLegalFormOnly = (text: string): boolean => {
  const { tokens } = organisationTokens(text);
  return (
    tokens.length > 0 &&
    (tokens.every((t) => LEGAL_FORM_ABBREVIATIONS.has(t) || TRAILING_LEGAL_FORMS.has(t)) ||
      SPELLED_LEGAL_FORMS.some((form) => form.length === tokens.length && startsWithForm(tokens, form, 0)))
  );
};

const sortedLetters = (letters: string[]): string => [...letters].sort().join('');

/**
 * Whether words spell an acronym out: initials in order (EDF, Électricité de France; from four
 * letters on, one word may give none, SNCF), or, for a four-letter acronym or longer, the same
 * initials in another order (LVMH, Moët Hennessy Louis Vuitton).
 */
const spellsOut = (acronym: string, words: readonly string[]): boolean => {
  const skipped = acronymFit(acronym, words);
  if (skipped === 0 || (skipped === 1 && acronym.length >= 4)) return true;
  const content = words.filter((w) => !FRENCH_STOP_WORDS.has(w) && !GENERIC_ORGANISATION_WORDS.has(w));
  return acronym.length >= 4 && content.length === acronym.length && sortedLetters(content.map((w) => w[0])) === sortedLetters([...acronym]);
};

const trimSeparators = (text: string): string => text.replace(/^[\s\-–—:,/]+|[\s\-–—:,/]+$/g, '');

/** "LVMH Moët Hennessy Louis Vuitton", "Électricité de France - EDF": the acronym and its long form, each a name. */
const acronymAndLongForm = (raw: string, main: OrganisationName): OrganisationName[] => {
  const chunks = raw.trim().split(/\s+/);
  if (chunks.length < 2) return [];
  for (const [acronymText, rest] of [
    [chunks[0], chunks.slice(1).join(' ')],
    [chunks[chunks.length - 1], chunks.slice(0, -1).join(' ')],
  ] as const) {
    const acronym = normalizeOrganisationName(acronymText, true).acronym;
    if (!acronym || !main.acronymWords.has(acronym)) continue;
    const longForm = normalizeOrganisationName(trimSeparators(rest));
    if (longForm.words.length < 2 || !spellsOut(acronym, longForm.words)) continue;
    return [
      { ...normalizeOrganisationName(acronymText, true), alias: { of: raw.trim(), kind: 'acronym', acronym: acronymText } },
      { ...longForm, alias: { of: raw.trim(), kind: 'long-form', acronym: acronymText } },
    ];
  }
  return [];
};

/**
 * "L'Air Liquide, société anonyme pour l'étude et l'exploitation des procédés Georges Claude": a legal
 * form inside a registered name ends the name proper; what follows describes the company.
 */
const nameBeforeInnerForm = (raw: string, main: OrganisationName): OrganisationName[] => {
  for (let at = 1; at < main.words.length - 1; at += 1) {
    const form = SPELLED_LEGAL_FORMS.find((f) => f.length > 1 && startsWithForm(main.words, f, at));
    if (!form) continue;
    const head = main.words.slice(0, at);
    const written = raw.split(',')[0].trim();
    const text = normalizeOrganisationName(written).words.join(' ') === head.join(' ') ? written : head.join(' ');
    const leading = normalizeOrganisationName(text);
    return leading.compact ? [{ ...leading, alias: { of: raw.trim(), kind: 'leading' } }] : [];
  }
  return [];
};

/**
 * Every name a written name stands for: "Electricité de France (EDF)" is both "Electricité de
 * France" and the acronym "EDF"; "LVMH Moët Hennessy Louis Vuitton" is also "LVMH" and
 * "Moët Hennessy Louis Vuitton". A parenthesised legal form is just part of the name.
 */
export const expandOrganisationName = (raw: string, declaredAcronym = false): OrganisationName[] => {
  const extras = [...raw.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim()).filter((s) => s && !isLegalFormOnly(foldText(s)));
  const bare = raw.replace(/\([^)]*\)/g, ' ');
  const main = normalizeOrganisationName(bare, declaredAcronym);
  const names = [
    main,
    ...acronymAndLongForm(bare, main),
    ...nameBeforeInnerForm(bare, main),
    ...extras.map((extra) => normalizeOrganisationName(extra, declaredAcronym)),
  ];
  return names.filter((name) => name.compact.length > 0);
};
