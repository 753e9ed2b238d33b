/**
 * Matching ignores case, accents and ligatures, yet findings must point into the text the rep
 * typed: folding keeps, for every folded character, where its source character starts and ends.
 */
export type FoldedText = { text: string; starts: number[]; ends: number[] };
export type Token = { value: string; start: number; end: number };

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ĳ: 'ij' };
const APOSTROPHES = /[’‘ʼ`´]/g;
const HYPHENS = /[‐‑‒–—]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** Words stay one expression across spaces, hyphens and elisions ("arrêt-maladie", "d'origine"), not across punctuation. */
const JOINER = /^[\s'-]+$/u;

const foldChar = (char: string): string => {
  const lower = char.toLowerCase();
  return (LIGATURES[lower] ?? lower)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-');
};

export const foldText = (source: string): FoldedText => {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of source) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i += 1) {
      starts.push(index);
      ends.push(index + char.length);
    }
    text += folded;
    index += char.length;
  }
  return { text, starts, ends };
};

export const tokenize = (folded: string): Token[] =>
  [...folded.matchAll(WORD)].map((m) => ({ value: m[0], start: m.index, end: m.index + m[0].length }));

/** The folded words of a list entry, as plain strings. */
export const foldWords = (phrase: string): string[] => tokenize(foldText(phrase).text).map((t) => t.value);

export const joined = (folded: string, left: Token, right: Token): boolean =>
  JOINER.test(folded.slice(left.end, right.start));
