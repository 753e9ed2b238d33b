import { foldText } from './fold-text';
import { FRENCH_CONTRACTIONS, FRENCH_STOP_WORDS, GENERIC_ORGANISATION_WORDS } from './french-name-words';
import { LEGAL_FORM_ABBREVIATIONS, SPELLED_LEGAL_FORMS } from './french-legal-forms';

/** An organisation name reduced to what identifies it, keeping enough to explain a match. */
export type OrganisationName = {
  /** As written, for reasons shown to people. */
  text: string;
  /** Folded words without legal form: what acronyms are built from. */
  words: string[];
  /** Words that distinguish the organisation: no stop words, no "Société"/"Groupe". */
  core: string[];
  /** Core words glued together, so "ConserverieB onnet" meets "Conserverie Bonnet". */
  compact: string;
  /** All words but stop words glued together, for a space misplaced after "Société" or "Groupe". */
  spelled: string;
  /** Core words written with a trailing dot ("Elec."), i.e. declared abbreviations. */
  abbreviated: ReadonlySet<string>;
  /** Set when the whole name reads as an acronym ("EDF", "S.N.C.F."). */
  acronym?: string;
  /** Words written like acronyms inside a longer name ("IBM" in "IBM France"). */
  acronymWords: ReadonlySet<string>;
};

const DOTTED_INITIALS = /(?<![a-z0-9])([a-z](?:\.[a-z])+)\.?(?![a-z0-9])/g;
const ABBREVIATION_DOT = /(?<![a-z0-9.])([a-z]{2,})\.(?![a-z0-9])/g;

const startsWithForm = (tokens: string[], form: readonly string[], at: number): boolean =>
  form.every((word, i) => tokens[at + i] === word);

/** Legal forms are written before or after the name, never inside it, so only edges are cut. */
const stripLegalForms = (tokens: string[]): string[] => {
  let result = tokens;
  for (let changed = true; changed && result.length > 1; ) {
    changed = false;
    if (LEGAL_FORM_ABBREVIATIONS.has(result[0])) {
      result = result.slice(1);
      changed = true;
    } else if (LEGAL_FORM_ABBREVIATIONS.has(result[result.length - 1])) {
      result = result.slice(0, -1);
      changed = true;
    } else {
      for (const form of SPELLED_LEGAL_FORMS) {
        if (form.length >= result.length) continue;
        if (startsWithForm(result, form, 0)) result = result.slice(form.length);
        else if (startsWithForm(result, form, result.length - form.length)) result = result.slice(0, -form.length);
        else continue;
        changed = true;
        break;
      }
    }
  }
  return result;
};

const isLegalFormOnly = (folded: string): boolean => {
  const tokens = folded.replace(DOTTED_INITIALS, (m) => m.replace(/\./g, '')).split(/[^a-z0-9]+/).filter(Boolean);
  return (
    tokens.length > 0 &&
    (tokens.every((t) => LEGAL_FORM_ABBREVIATIONS.has(t)) ||
      SPELLED_LEGAL_FORMS.some((form) => form.length === tokens.length && startsWithForm(tokens, form, 0)))
  );
};

/** A single short word counts as an acronym when declared, capitalised, dotted or very short. */
const readsAsAcronym = (word: string, original: string, declared: boolean, dotted: boolean): boolean => {
  if (!/^[a-z]{2,6}$/.test(word)) return false;
  if (declared || dotted || word.length <= 4) return true;
  const letters = original.replace(/[^A-Za-zÀ-ÿ]/g, '');
  return letters.length > 0 && letters === letters.toUpperCase();
};

export const normalizeOrganisationName = (raw: string, declaredAcronym = false): OrganisationName => {
  const text = raw.trim();
  let folded = foldText(text);
  let dotted = false;
  const acronymWords = new Set(
    text
      .split(/[^A-Za-zÀ-ÿ]+/)
      .filter((word) => word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase())
      .map(foldText),
  );
  folded = folded.replace(DOTTED_INITIALS, (match) => {
    dotted = true;
    acronymWords.add(match.replace(/\./g, ''));
    return match.replace(/\./g, '');
  });
  const abbreviatedRaw = new Set([...folded.matchAll(ABBREVIATION_DOT)].map((m) => m[1]));
  // "Sté" with its accent is always Société; unaccented "Ste" is Société only when it leads and
  // is not hyphenated to a saint's name ("Ste-Marie").
  const steIsSociete = /\bst[éÉ]\b/i.test(text);
  const steIsSaint = /\bste-/i.test(text);
  const tokens = folded
    .replace(/&/g, ' et ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((token, index, all) =>
      token === 'ste' && (steIsSociete || (index === 0 && all.length > 1 && !steIsSaint)) ? 'societe' : (FRENCH_CONTRACTIONS[token] ?? token),
    );
  const words = stripLegalForms(tokens);
  const significant = words.filter((w) => !FRENCH_STOP_WORDS.has(w) && !GENERIC_ORGANISATION_WORDS.has(w));
  const core = significant.length > 0 ? significant : words.filter((w) => !FRENCH_STOP_WORDS.has(w));
  const abbreviated = new Set(core.filter((w) => abbreviatedRaw.has(w)));
  const single = words.length === 1 ? words[0] : undefined;
  const acronym = single && readsAsAcronym(single, text, declaredAcronym, dotted) ? single : undefined;
  const spelled = words.filter((w) => !FRENCH_STOP_WORDS.has(w)).join('');
  const embedded = new Set([...acronymWords].filter((w) => words.includes(w) && w.length >= 2 && !FRENCH_STOP_WORDS.has(w)));
  return { text, words, core, compact: core.join(''), spelled, abbreviated, ...(acronym ? { acronym } : {}), acronymWords: embedded };
};

/**
 * Every name a written name stands for: "Electricité de France (EDF)" is both "Electricité de
 * France" and the acronym "EDF". A parenthesised legal form is just part of the name.
 */
export const expandOrganisationName = (raw: string, declaredAcronym = false): OrganisationName[] => {
  const extras = [...raw.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim()).filter((s) => s && !isLegalFormOnly(foldText(s)));
  const main = normalizeOrganisationName(raw.replace(/\([^)]*\)/g, ' '), declaredAcronym);
  const names = [main, ...extras.map((extra) => normalizeOrganisationName(extra, declaredAcronym))];
  return names.filter((name) => name.compact.length > 0);
};
