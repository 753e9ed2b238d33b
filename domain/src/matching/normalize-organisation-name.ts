import { foldText } from './fold-text';
import { FRENCH_CONTRACTIONS, FRENCH_STOP_WORDS, FUSED_WORDS, GENERIC_ORGANISATION_WORDS } from './french-name-words';
import { LEGAL_FORM_ABBREVIATIONS, SPELLED_LEGAL_FORMS, TRAILING_LEGAL_FORMS } from './french-legal-forms';
import { WORD_EQUIVALENTS } from './word-equivalences';

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
  /** Words written in another language, by the French word they stand for ("electrique" → "electric"). */
  translations: ReadonlyMap<string, string>;
  /** A name read out of a longer one ("LVMH" out of "LVMH Moët Hennessy Louis Vuitton"), and how. */
  alias?: { of: string; kind: 'acronym' | 'long-form' | 'leading'; acronym?: string };
};

const DOTTED_INITIALS = /(?<![a-z0-9])([a-z](?:\.[a-z])+)\.?(?![a-z0-9])/g;
const ABBREVIATION_DOT = /(?<![a-z0-9.])([a-z]{2,})\.(?![a-z0-9])/g;
/** "TotalEnergies", "EssilorLuxottica": a capital inside a word starts another word. */
const CAMEL_CASE = /(\p{Ll})(\p{Lu})(?=\p{Ll})/gu;

export const startsWithForm = (tokens: readonly string[], form: readonly string[], at: number): boolean =>
  form.every((word, i) => tokens[at + i] === word);

/** Legal forms are written before or after the name, never inside it, so only edges are cut. */
const stripLegalForms = (tokens: string[]): string[] => {
  let result = tokens;
  for (let changed = true; changed && result.length > 1; ) {
    changed = false;
    const last = result[result.length - 1];
    if (LEGAL_FORM_ABBREVIATIONS.has(result[0])) {
      result = result.slice(1);
      changed = true;
    } else if (LEGAL_FORM_ABBREVIATIONS.has(last) || TRAILING_LEGAL_FORMS.has(last)) {
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

/** "totalenergies" → "total", "energies": a brand word fused to a word names carry. */
const splitFused = (token: string): string[] => {
  const suffix = FUSED_WORDS.find((word) => token.length >= word.length + 4 && token.endsWith(word));
  return suffix ? [token.slice(0, -suffix.length), suffix] : [token];
};

/** A single short word counts as an acronym when declared, capitalised, dotted or very short. */
const readsAsAcronym = (word: string, original: string, declared: boolean, dotted: boolean): boolean => {
  if (!/^[a-z]{2,6}$/.test(word)) return false;
  if (declared || dotted || word.length <= 4) return true;
  const letters = original.replace(/[^A-Za-zÀ-ÿ]/g, '');
  return letters.length > 0 && letters === letters.toUpperCase();
};

/**
 * Folded tokens of a written name, dotted initials glued ("L.V.M.H." → "lvmh"), as written (`typed`)
 * and with contractions expanded (`tokens`).
 */
export const organisationTokens = (text: string): { typed: string[]; tokens: string[]; dotted: string[]; abbreviated: Set<string> } => {
  const dotted: string[] = [];
  const folded = foldText(text.replace(CAMEL_CASE, '$1 $2')).replace(DOTTED_INITIALS, (match) => {
    dotted.push(match.replace(/\./g, ''));
    return match.replace(/\./g, '');
  });
  const abbreviated = new Set([...folded.matchAll(ABBREVIATION_DOT)].map((m) => m[1]));
  // "Sté" with its accent is always Société; unaccented "Ste" is Société only when it leads and
  // is not hyphenated to a saint's name ("Ste-Marie").
  const steIsSociete = /\bst[éÉ]\b/i.test(text);
  const steIsSaint = /\bste-/i.test(text);
  const typed = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const tokens = folded
    .replace(/&/g, ' et ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((token, index, all) =>
    token === 'ste' && (steIsSociete || (index === 0 && all.length > 1 && !steIsSaint)) ? 'societe' : (FRENCH_CONTRACTIONS[token] ?? token),
  );
  return { typed, tokens, dotted, abbreviated };
};

export const normalizeOrganisationName = (raw: string, declaredAcronym = false): OrganisationName => {
  const text = raw.trim();
  const { tokens, dotted, abbreviated: abbreviatedRaw } = organisationTokens(text);
  const acronymWords = new Set([
    ...text
      .split(/[^A-Za-zÀ-ÿ]+/)
      .filter((word) => word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase())
      .map(foldText),
    ...dotted,
  ]);
  const translations = new Map<string, string>();
  const words = stripLegalForms(tokens).flatMap((token) => {
    const french = WORD_EQUIVALENTS[token];
    if (!french) return splitFused(token);
    translations.set(french, token);
    return [french];
  });
  const significant = words.filter((w) => !FRENCH_STOP_WORDS.has(w) && !GENERIC_ORGANISATION_WORDS.has(w));
  const core = significant.length > 0 ? significant : words.filter((w) => !FRENCH_STOP_WORDS.has(w));
  const abbreviated = new Set(core.filter((w) => abbreviatedRaw.has(w)));
  const single = words.length === 1 ? words[0] : undefined;
  const acronym = single && readsAsAcronym(single, text, declaredAcronym, dotted.length > 0) ? single : undefined;
  const spelled = words.filter((w) => !FRENCH_STOP_WORDS.has(w)).join('');
  const embedded = new Set([...acronymWords].filter((w) => words.includes(w) && w.length >= 2 && !FRENCH_STOP_WORDS.has(w)));
  return { text, words, core, compact: core.join(''), spelled, abbreviated, ...(acronym ? { acronym } : {}), acronymWords: embedded, translations };
};
