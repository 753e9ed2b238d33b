import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import phonetic from 'talisman/phonetics/french/phonetic';

/**
 * Edit distance where swapping two neighbouring letters is one typo ("Perirn" / "Perrin"): the
 * optimal-string-alignment variant of Damerau-Levenshtein.
 */
export const typoDistance = (a: string, b: string): number => damerauLevenshtein(a, b);

/** How many typos a word of this length (the longer spelling) may carry and still be the same word. */
export const allowedTypos = (length: number): number => (length >= 9 ? 2 : length >= 5 ? 1 : 0);

const phoneticCache = new Map<string, string>();

/**
 * Sounds the talisman rules leave apart: "ai"/"ei" before anything but a nasal is the "è" of
 * "Lemaire"/"Lemère", and a final "ault"/"aut" is the "o" of "Renault"/"Renaud".
 */
const soundAlike = (word: string): string => word.replace(/[ae]i(?![nm])/g, 'e').replace(/au(?:l)?t$/, 'o');

/**
 * French phonetic code ("Phonétique" by É. Berge, as implemented in talisman): written forms that
 * sound alike in French share a code ("Dupont"/"Dupond", "Gauthier"/"Gautier", "Loran"/"Laurent").
 * Memoised because the same few thousand words recur across every comparison.
 */
export const frenchPhonetic = (word: string): string => {
  let code = phoneticCache.get(word);
  if (code === undefined) {
    code = /^[a-z]+$/.test(word) ? phonetic(soundAlike(word)) : word;
    if (phoneticCache.size > 50_000) phoneticCache.clear();
    phoneticCache.set(word, code);
  }
  return code;
};

/**
 * The set of consonants of a word, sorted: vowel slips, doubled letters and swapped letters leave
 * it unchanged ("Guréin", "Perirn", "Élcetricité"), which makes it a cheap typo-tolerant key.
 */
export const consonantSet = (word: string): string => [...new Set(word.replace(/[aeiouy]/g, ''))].sort().join('');

/** True when every letter of short appears in long in order ("intl" in "international"). */
export const isSubsequence = (short: string, long: string): boolean => {
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at === short.length;
};
