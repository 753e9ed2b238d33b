import { FRENCH_CONTRACTIONS, GENERIC_ORGANISATION_WORDS } from './french-name-words';
import { LEGAL_FORM_ABBREVIATIONS, TRAILING_LEGAL_FORMS } from './french-legal-forms';
import { organisationTokens } from './normalize-organisation-name';
import { searchTokens } from './search-tokens';
import { WORD_EQUIVALENTS } from './word-equivalences';

/** Neighbouring words glued when one is short, as brands are written either way ("Cap Gemini" / "Capgemini"). */
const SHORT_WORD = 4;

const gluedShortPairs = (tokens: readonly string[]): string[] =>
  tokens.flatMap((token, i) => (i + 1 < tokens.length && Math.min(token.length, tokens[i + 1]!.length) <= SHORT_WORD ? [token + tokens[i + 1]] : []));

/**
 * The tokens an organisation is found by in search: its words as written, and as the matcher reads
 * them (dotted initials glued, "L.V.M.H." → "lvmh"; brands split at their capitals, "TotalEnergies";
 * contractions expanded; an English word's French equivalent), and short neighbours glued.
 */
export const nameSearchTokens = (text: string): string[] => {
  const read = organisationTokens(text).tokens;
  const french = read.flatMap((t) => (WORD_EQUIVALENTS[t] ? [WORD_EQUIVALENTS[t]!] : []));
  return [...new Set([...searchTokens(text), ...read, ...french, ...gluedShortPairs(read)])];
};

const isOptional = (word: string): boolean => {
  const read = FRENCH_CONTRACTIONS[word] ?? word;
  return LEGAL_FORM_ABBREVIATIONS.has(read) || TRAILING_LEGAL_FORMS.has(read) || GENERIC_ORGANISATION_WORDS.has(read);
};

/**
 * The ways a search query may be read, each a list of words that must all start a word of the name:
 * as typed; without legal forms and generic words ("Schneider Electric SE", "Société BIC") when
 * other words remain; and with two neighbouring words glued ("cap gemini" finds "Capgemini").
 */
export const searchQueryReadings = (q: string): string[][] => {
  const { typed } = organisationTokens(q);
  const required = typed.filter((w) => !isOptional(w));
  const words = required.length > 0 ? required : typed;
  const glued = words.slice(0, 6).flatMap((_, i) => (i + 1 < words.length ? [[...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)]] : []));
  return [words, ...glued];
};

/** A query word as it may be written in a name: as typed, its contraction expanded, its French equivalent. */
export const searchWordForms = (word: string): string[] => [...new Set([word, FRENCH_CONTRACTIONS[word] ?? word, WORD_EQUIVALENTS[word] ?? word])];
