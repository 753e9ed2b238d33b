import { foldText } from './fold-text';
import { typoDistance } from './string-similarity';
import { compareTokens } from './token-similarity';

/** One part of a person's name (first or last), folded and split: "Jean-Luc" → ["jean", "luc"]. */
export type NamePart = { text: string; tokens: string[]; compact: string };

/** Titles typed into a name field ("M. Jean Dupont", "Dr Martin"): not part of the name. */
const TITLES = new Set(['m', 'mr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'pr', 'professeur', 'me', 'maitre']);

export const namePart = (raw: string): NamePart => {
  const words = foldText(raw.trim()).split(/[^a-z]+/).filter(Boolean);
  const first = words.findIndex((w) => !TITLES.has(w));
  const tokens = first > 0 && first < words.length ? words.slice(first) : words;
  return { text: raw.trim(), tokens, compact: tokens.join('') };
};

export type NamePartMatch = { similarity: number; kind: 'exact' | 'typo' | 'phonetic' | 'initial' | 'contained' | 'missing' | 'none' };

/** Particles people drop or glue: "de La Fontaine", "Lafontaine", "Fontaine". */
const PARTICLES = new Set(['de', 'du', 'des', 'd', 'le', 'la', 'l', 'van', 'von', 'der', 'den', 'di', 'da']);

const withoutParticles = (part: NamePart): string => {
  const first = part.tokens.findIndex((t) => !PARTICLES.has(t));
  return first < 0 ? part.compact : part.tokens.slice(first).join('');
};

/**
 * French first names take an "e" in the feminine, often sounding the same: Jean/Jeanne,
 * Michel/Michèle, Pascal/Pascale, René/Renée are two people, not a typo.
 */
const isFeminineOf = (short: string, long: string): boolean =>
  long === `${short}e` || long === `${short}${short[short.length - 1]}e`;

/**
 * How alike two name parts are. An initial ("J.") agrees with any name it begins; a compound
 * name contains its parts ("Jean" in "Jean-Luc"), which is weaker: they are often two people.
 */
export const compareNameParts = (a: NamePart, b: NamePart, firstNames = false): NamePartMatch => {
  if (!a.compact || !b.compact) return { similarity: 0, kind: 'missing' };
  if (a.compact === b.compact) return { similarity: 1, kind: 'exact' };
  const [short, long] = a.compact.length <= b.compact.length ? [a, b] : [b, a];
  if (firstNames && isFeminineOf(short.compact, long.compact)) return { similarity: 0, kind: 'none' };
  // Initials: "J." for "Jean", "J.-P." for "Jean-Pierre".
  if (short.tokens.every((t) => t.length === 1)) {
    const initials = long.tokens.map((t) => t[0]).join('');
    return initials.startsWith(short.compact) ? { similarity: 0.75, kind: 'initial' } : { similarity: 0, kind: 'none' };
  }
  const stripped = withoutParticles(a) === withoutParticles(b);
  const token = compareTokens(a.compact, b.compact);
  if (token.kind === 'typo' || token.kind === 'phonetic') return { similarity: token.similarity, kind: token.kind };
  // Short surnames ("Morel", "Blanc") lose a letter as easily as long ones.
  if (short.compact.length === 4 && Math.abs(a.compact.length - b.compact.length) <= 1 && typoDistance(a.compact, b.compact) === 1) {
    return { similarity: 0.88, kind: 'typo' };
  }
  if (stripped) return { similarity: 0.9, kind: 'typo' };
  if (short.tokens.every((t) => long.tokens.includes(t))) return { similarity: 0.7, kind: 'contained' };
  return { similarity: 0, kind: 'none' };
};

/** "Claire Garnier" typed whole in one field: every split into first and last name is a reading. */
export const nameReadings = (first: NamePart, last: NamePart): [NamePart, NamePart][] => {
  const whole = first.compact ? first : last;
  const other = first.compact ? last : first;
  if (other.compact || whole.tokens.length < 2) return [[first, last]];
  const part = (tokens: string[]): NamePart => ({ text: tokens.join(' '), tokens, compact: tokens.join('') });
  return whole.tokens.slice(1).map((_, i) => [part(whole.tokens.slice(0, i + 1)), part(whole.tokens.slice(i + 1))]);
};
