import { QUALIFYING_WORDS, TERRITORY_WORDS } from './french-name-words';

/**
 * How many organisations of the base hold a word in their name (the draft itself left out);
 * undefined when it is not known. Kept by the index as it stores tiers (see blocking keys `ow:`).
 */
export type WordFrequencies = (word: string) => number | undefined;

/**
 * What the base tells the matcher, when the caller knows it: how many organisations hold each word,
 * and how many are known by (or spell out) each acronym.
 */
export type MatchContext = { frequencies?: WordFrequencies; acronymFrequencies?: WordFrequencies };

/** Words that weigh little in a name whatever the base: they identify nothing on their own. */
export const isQualifier = (word: string): boolean => QUALIFYING_WORDS.has(word) || TERRITORY_WORDS.has(word);

/**
 * A word this many organisations hold tells none apart: its weight is the floor. The index stops
 * counting there too (a posting list holds at most this many tiers), so a stale or capped count
 * only ever moves a weight that is already near the floor.
 */
export const COMMON_WORD_COUNT = 1000;
const FLOOR = 0.1;
const QUALIFIER_WEIGHT = 0.15;
const TERRITORY_WEIGHT = 0.5;

/**
 * How much a word of a name says about which organisation it is, in [0.1, 1]: an inverse document
 * frequency on a log scale, 1 for a word at most one organisation holds, 0.1 from 1,000 holders on;
 * qualifiers ("Générale", "International") weigh little whatever the base, territories ("France") half.
 */
export const wordWeight = (word: string, frequencies?: WordFrequencies): number => {
  const prior = QUALIFYING_WORDS.has(word) ? QUALIFIER_WEIGHT : TERRITORY_WORDS.has(word) ? TERRITORY_WEIGHT : 1;
  const count = frequencies?.(word);
  const rarity = count === undefined || count <= 1 ? 1 : Math.max(FLOOR, 1 - Math.log(count) / Math.log(COMMON_WORD_COUNT));
  return Math.min(prior, rarity);
};
