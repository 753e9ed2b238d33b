import { FAMILY_WORDS, FRENCH_STOP_WORDS, GENERIC_ORGANISATION_WORDS } from './french-name-words';

const isFiller = (word: string): boolean => FRENCH_STOP_WORDS.has(word) || GENERIC_ORGANISATION_WORDS.has(word);

/**
 * Whether an acronym stands for a name, and at what cost: each letter takes the initial of a word
 * in order; "de", "des", "Société"… may give a letter (EDF) or none (SNCF), "Fils" or "Frères"
 * never, and one content word may go without a letter ("SNCF" for "… chemins de fer français").
 * Returns the number of content words left out, or undefined when the acronym does not fit.
 */
export const acronymFit = (acronym: string, words: readonly string[]): number | undefined => {
  if (acronym.length < 2 || words.length < 2) return undefined;
  const fillers = words.map(isFiller);
  // best[i][j]: fewest content words skipped to spell acronym[0..i) from words[0..j).
  let previous: number[] = Array.from({ length: words.length + 1 }, (_, j) =>
    words.slice(0, j).reduce((skips, _w, k) => skips + (fillers[k] ? 0 : 1), 0),
  );
  for (let i = 1; i <= acronym.length; i += 1) {
    const current = new Array<number>(words.length + 1).fill(Infinity);
    for (let j = 1; j <= words.length; j += 1) {
      const skip = current[j - 1] + (fillers[j - 1] ? 0 : 1);
      const take = words[j - 1][0] === acronym[i - 1] && !FAMILY_WORDS.has(words[j - 1]) ? previous[j - 1] : Infinity;
      current[j] = Math.min(skip, take);
    }
    previous = current;
  }
  const skipped = previous[words.length];
  const content = fillers.filter((f) => !f).length;
  const used = content - skipped;
  return skipped <= 1 && content > 0 && used >= Math.min(2, content) ? skipped : undefined;
};

/**
 * Acronyms a long name is likely to be known by, for blocking keys: initials of every word (EDF),
 * of the words that are not stop words (SAT), the latter without the last word (SNCF), and the
 * three- and four-letter heads of both, for an acronym followed by more words (EDF Renouvelables).
 */
export const likelyAcronyms = (words: readonly string[]): string[] => {
  // "Mécanique & Fils" has one word of content: its initials would name nothing in particular.
  if (words.filter((w) => !isFiller(w)).length < 2) return [];
  const all = words.map((w) => w[0]).join('');
  const meaningful = words.filter((w) => !FRENCH_STOP_WORDS.has(w)).map((w) => w[0]).join('');
  const candidates = [all, meaningful, ...(meaningful.length >= 4 ? [meaningful.slice(0, -1)] : [])];
  if (words.length >= 4) candidates.push(all.slice(0, 3), meaningful.slice(0, 3), all.slice(0, 4), meaningful.slice(0, 4));
  return [...new Set(candidates)].filter((a) => /^[a-z]{3,8}$/.test(a));
};
