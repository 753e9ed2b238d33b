import { allowedTypos, frenchPhonetic, isSubsequence, typoDistance } from './string-similarity';

export type TokenMatchKind = 'exact' | 'abbreviation' | 'typo' | 'phonetic' | 'none';

export type TokenMatch = { similarity: number; kind: TokenMatchKind };

const NONE: TokenMatch = { similarity: 0, kind: 'none' };

/**
 * Abbreviations people write: a prefix ("Elec" for "Electricité") or a contraction keeping first
 * and last letters ("Intl", "Ste"). A dot declares an abbreviation; without one, only short forms
 * are trusted, because long prefixes are often other names ("Blanc" / "Blanchard").
 */
const abbreviationSimilarity = (short: string, long: string, declared: boolean): number => {
  if (long.length < short.length + 2 || short.length < 2) return 0;
  if (long.startsWith(short) && (declared || short.length >= 3)) {
    if (declared) return 0.95;
    return short.length <= 4 ? 0.92 : short.length === 5 ? 0.7 : 0.6;
  }
  // Undeclared, only short contractions: a five-letter word is more often a name ("Marie" is not "Maçonnerie").
  const contraction = short[0] === long[0] && short[short.length - 1] === long[long.length - 1] && short.length <= (declared ? 5 : 4);
  return contraction && isSubsequence(short, long) ? (declared ? 0.93 : 0.9) : 0;
};

/** How alike two folded words are, and why. */
export const compareTokens = (a: string, b: string, aAbbreviated = false, bAbbreviated = false): TokenMatch => {
  if (a === b) return { similarity: 1, kind: 'exact' };
  const shorter = Math.min(a.length, b.length);
  let best = NONE;
  // Short words share their sound with many others ("Brun", "Brune"): it says less about them.
  if (shorter >= 3 && /^[a-z]/.test(a) && frenchPhonetic(a) !== '' && frenchPhonetic(a) === frenchPhonetic(b)) {
    best = { similarity: shorter >= 6 ? 0.92 : 0.88, kind: 'phonetic' };
  }
  if (Math.abs(a.length - b.length) <= 2) {
    const distance = typoDistance(a, b);
    if (distance <= allowedTypos(Math.max(a.length, b.length))) {
      const similarity = distance === 1 ? (shorter >= 7 ? 0.93 : 0.9) : 0.86;
      // Sounding alike explains a difference better than a slip of the finger.
      if (best.kind === 'phonetic') best = { similarity: Math.max(similarity, best.similarity), kind: 'phonetic' };
      else if (similarity > best.similarity) best = { similarity, kind: 'typo' };
    }
  }
  const abbreviation = a.length < b.length ? abbreviationSimilarity(a, b, aAbbreviated) : abbreviationSimilarity(b, a, bAbbreviated);
  if (abbreviation > best.similarity) best = { similarity: abbreviation, kind: 'abbreviation' };
  return best;
};
