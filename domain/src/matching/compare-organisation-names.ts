import { acronymFit } from './acronym';
import { foldText } from './fold-text';
import { normalizeOrganisationName, type OrganisationName } from './normalize-organisation-name';
import { allowedTypos, typoDistance } from './string-similarity';
import { compareTokens, type TokenMatch } from './token-similarity';
import { wordWeight, type MatchContext, type WordFrequencies } from './word-weights';

export type NameMatchKind =
  | 'exact' | 'joined' | 'translated' | 'reordered' | 'acronym' | 'abbreviation' | 'typo' | 'phonetic'
  | 'distinctive' | 'contained' | 'partial' | 'different';

export type NameComparison = {
  similarity: number;
  kind: NameMatchKind;
  left: OrganisationName;
  right: OrganisationName;
  /** The words that explain an abbreviation or acronym: the short form and what it stands for. */
  short?: string;
  long?: string;
  /** For a shorter name contained in a longer one: the share of the longer name's weight it carries. */
  coverage?: number;
  /** For a translated word: as written on each side. */
  word?: string;
  translation?: string;
  /** The most common word both names hold, and how many organisations hold it. */
  common?: { word: string; count: number };
  /** For an acronym: how many organisations of the base it may stand for. */
  acronymHolders?: number;
  /** Two words one typo apart that are both names in use, with how many organisations hold each. */
  spellings?: { left: string; right: string; leftCount: number; rightCount: number };
};

type Pairing = { match: TokenMatch; left: string; right: string };

/** A folded word as it was written in the name ("electricite" → "Electricité"), for reasons. */
const originalWord = (text: string, word: string): string => text.split(/[^\p{L}\p{N}]+/u).find((w) => foldText(w) === word) ?? word;

/** Greedy best-first pairing of words; names have a handful of words, so this is exact enough. */
const pairWords = (left: OrganisationName, right: OrganisationName, leftWords: string[], rightWords: string[]): Pairing[] => {
  const candidates: Pairing[] = [];
  for (const l of leftWords) {
    for (const r of rightWords) {
      const match = compareTokens(l, r, left.abbreviated.has(l), right.abbreviated.has(r));
      if (match.kind !== 'none') candidates.push({ match, left: l, right: r });
    }
  }
  candidates.sort((a, b) => b.match.similarity - a.match.similarity);
  const usedLeft = new Set<string>();
  const usedRight = new Set<string>();
  const pairs: Pairing[] = [];
  for (const candidate of candidates) {
    if (usedLeft.has(candidate.left) || usedRight.has(candidate.right)) continue;
    usedLeft.add(candidate.left);
    usedRight.add(candidate.right);
    pairs.push(candidate);
  }
  return pairs;
};

/** "Cap Gemini" read against "Capgemini": two neighbouring words glued when the other name has them as one. */
const glueFor = (words: readonly string[], other: readonly string[]): string[] => {
  const result: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const glued = i + 1 < words.length ? words[i] + words[i + 1] : '';
    const wanted = glued && !other.includes(words[i]) && !other.includes(words[i + 1]);
    if (wanted && other.some((w) => w === glued || (glued.length >= 8 && typoDistance(w, glued) <= 1))) {
      result.push(glued);
      i += 1;
    } else result.push(words[i]);
  }
  return result;
};

/**
 * "Danon" for "Danone": a word one final letter short of the other, that no other organisation of
 * the base writes, is that word cut short rather than another name ("Roche" and "Rocher" both exist).
 */
const isCutShort = (pair: Pairing, frequencies?: WordFrequencies): boolean => {
  const [short, long] = pair.left.length < pair.right.length ? [pair.left, pair.right] : [pair.right, pair.left];
  return short.length >= 4 && long.length === short.length + 1 && long.startsWith(short) && (frequencies?.(short) ?? Infinity) <= 1;
};

/**
 * "Renard" and "Renaud", "Brun" and "Brunet", "Olivier" and "Ollivier": a slip or a short form
 * rarely lands on another name the base already holds several times, so two spellings both in use
 * are two names. Each still counts as alike (a rep may write one for the other), not as the same.
 */
const KNOWN_SPELLING = 2;
const TWO_NAMES_SIMILARITY: Partial<Record<TokenMatch['kind'], number>> = { typo: 0.6, abbreviation: 0.6, phonetic: 0.75 };

/** "Énergie" and "Énergies": a plural is the same word, however common both are. */
const isPlural = (a: string, b: string): boolean => {
  const [singular, plural] = a.length < b.length ? [a, b] : [b, a];
  return plural === `${singular}s` || plural === `${singular}x`;
};

const areTwoNames = (pair: Pairing, left: OrganisationName, right: OrganisationName, frequencies?: WordFrequencies): boolean =>
  TWO_NAMES_SIMILARITY[pair.match.kind] !== undefined &&
  !isPlural(pair.left, pair.right) &&
  !left.abbreviated.has(pair.left) &&
  !right.abbreviated.has(pair.right) &&
  (frequencies?.(pair.left) ?? 0) >= KNOWN_SPELLING &&
  (frequencies?.(pair.right) ?? 0) >= KNOWN_SPELLING;

/** A shorter name must carry this much weight of its own to stand for a longer one (a rare word does, "Martin" does not). */
const DISTINCTIVE_WEIGHT = 0.6;
/**
 * …and its rarest word be held by this many organisations at most: "Crédit Agricole" is part of
 * the names of a whole group of companies, none of which it designates more than another.
 */
const DISTINCTIVE_HOLDERS = 2;
/** …and the words it shares must carry this share of the longer name's weight. */
const DISTINCTIVE_COVERAGE = 0.75;
/** From this many holders on, a shared word is worth saying it is common. */
const COMMON_FROM = 20;

const sum = (values: number[]): number => values.reduce((s, v) => s + v, 0);

const byWords = (left: OrganisationName, right: OrganisationName, frequencies?: WordFrequencies): NameComparison => {
  const leftWords = glueFor(left.core, right.core);
  const rightWords = glueFor(right.core, leftWords);
  const pairs = pairWords(left, right, leftWords, rightWords).map((p) => {
    if ((p.match.kind === 'typo' || p.match.kind === 'phonetic') && isCutShort(p, frequencies)) return { ...p, match: { similarity: 0.95, kind: 'typo' as const } };
    return areTwoNames(p, left, right, frequencies) ? { ...p, match: { ...p.match, similarity: TWO_NAMES_SIMILARITY[p.match.kind]! }, twoNames: true } : p;
  });
  const weigh = (word: string) => wordWeight(word, frequencies);
  const total = sum(leftWords.map(weigh)) + sum(rightWords.map(weigh));
  const similarity = total === 0 ? 0 : sum(pairs.map((p) => p.match.similarity * (weigh(p.left) + weigh(p.right)))) / total;
  const counted = pairs.map((p) => ({ word: originalWord(right.text, p.right), count: frequencies?.(p.right) ?? 0 })).filter((c) => c.count >= COMMON_FROM);
  const common = counted.sort((a, b) => b.count - a.count)[0];
  const twoNames = pairs.find((p): p is Pairing & { twoNames: true } => 'twoNames' in p);
  const spellings = twoNames && {
    left: originalWord(left.text, twoNames.left),
    right: originalWord(right.text, twoNames.right),
    leftCount: frequencies?.(twoNames.left) ?? 0,
    rightCount: frequencies?.(twoNames.right) ?? 0,
  };
  const base = { similarity, left, right, ...(common ? { common } : {}), ...(spellings ? { spellings } : {}) };
  if (pairs.length === 0) return { ...base, kind: 'different' };
  const complete = pairs.length === leftWords.length && pairs.length === rightWords.length;
  if (!complete) {
    const contained = pairs.length === Math.min(leftWords.length, rightWords.length) && pairs.some((p) => p.left.length >= 3);
    if (!contained) return { ...base, kind: similarity >= 0.5 ? 'partial' : 'different' };
    const leftIsShort = pairs.length === leftWords.length;
    const shortWeight = sum((leftIsShort ? leftWords : rightWords).map(weigh));
    const longWords = leftIsShort ? rightWords : leftWords;
    const coverage = sum(pairs.map((p) => p.match.similarity * weigh(leftIsShort ? p.right : p.left))) / sum(longWords.map(weigh));
    const holders = Math.min(...pairs.map((p) => frequencies?.(leftIsShort ? p.left : p.right) ?? 0));
    const distinctive = shortWeight >= DISTINCTIVE_WEIGHT && coverage >= DISTINCTIVE_COVERAGE && holders <= DISTINCTIVE_HOLDERS;
    return { ...base, kind: distinctive ? 'distinctive' : 'contained', coverage };
  }
  const weakest = pairs.reduce((w, p) => (p.match.similarity < w.match.similarity ? p : w));
  if (weakest.match.kind === 'exact') return { ...base, kind: 'reordered' };
  if ('twoNames' in weakest) return { ...base, kind: 'partial' };
  const [short, long] =
    weakest.left.length <= weakest.right.length
      ? [originalWord(left.text, weakest.left), originalWord(right.text, weakest.right)]
      : [originalWord(right.text, weakest.right), originalWord(left.text, weakest.left)];
  return { ...base, kind: weakest.match.kind as NameMatchKind, ...(weakest.match.kind === 'abbreviation' ? { short, long } : {}) };
};

/** Both names glued: a misplaced space ("Conserverie Bonnet" / "Conserverieb Onet") with a typo. */
const byCompactForm = (left: OrganisationName, right: OrganisationName): NameComparison | undefined => {
  if (left.core.length === right.core.length) return undefined;
  const shorter = Math.min(left.compact.length, right.compact.length);
  if (shorter < 8 || Math.abs(left.compact.length - right.compact.length) > 2) return undefined;
  const distance = typoDistance(left.compact, right.compact);
  if (distance > allowedTypos(shorter)) return undefined;
  return { similarity: distance === 1 ? 0.93 : 0.88, kind: 'typo', left, right };
};

const byAcronym = (left: OrganisationName, right: OrganisationName, acronymFrequencies?: WordFrequencies): NameComparison | undefined => {
  const [acronymSide, fullSide] = left.acronym && !right.acronym ? [left, right] : right.acronym && !left.acronym ? [right, left] : [];
  if (!acronymSide?.acronym || !fullSide) return undefined;
  const skipped = acronymFit(acronymSide.acronym, fullSide.words);
  if (skipped === undefined) return undefined;
  // A long acronym that leaves one word out (SNCF) is still specific; a short one much less.
  const similarity = acronymSide.acronym.length === 2 ? 0.75 : skipped === 0 ? 0.95 : acronymSide.acronym.length >= 4 ? 0.93 : 0.88;
  const acronymHolders = acronymFrequencies?.(acronymSide.acronym);
  return { similarity, kind: 'acronym', left, right, short: acronymSide.text, long: fullSide.alias?.of ?? fullSide.text, ...(acronymHolders ? { acronymHolders } : {}) };
};

/** The words as they were written in the name ("Électricité de France"), when they can be found. */
const asWritten = (text: string, words: string[]): string => {
  const folded = foldText(text);
  const first = folded.search(new RegExp(`\\b${words[0]}\\b`));
  const last = words[words.length - 1];
  const lastAt = folded.indexOf(last, first);
  if (folded.length !== text.length || first < 0 || lastAt < 0) return words.join(' ');
  return text.slice(first, lastAt + last.length);
};

/**
 * An acronym inside a longer name ("IBM France" / "International Business Machines France"):
 * the other name is read with the spelled-out words replaced by the acronym, then compared.
 */
const byEmbeddedAcronym = (left: OrganisationName, right: OrganisationName, acronymFrequencies?: WordFrequencies): NameComparison | undefined => {
  for (const [short, long] of [
    [left, right],
    [right, left],
  ]) {
    for (const acronym of short.acronymWords) {
      if (long.words.includes(acronym) || short.words.length < 2) continue;
      for (let start = 0; start < long.words.length - 1; start += 1) {
        if (long.words[start][0] !== acronym[0]) continue;
        for (let end = start + 2; end <= long.words.length; end += 1) {
          const skipped = acronymFit(acronym, long.words.slice(start, end));
          if (skipped === undefined || skipped > (acronym.length >= 4 ? 1 : 0)) continue;
          const contracted = normalizeOrganisationName([...long.words.slice(0, start), acronym, ...long.words.slice(end)].join(' '));
          const comparison = byWords(short, contracted);
          if (comparison.similarity >= 0.9) {
            const similarity = Math.min(skipped === 0 ? 0.95 : 0.93, comparison.similarity);
            const acronymHolders = acronymFrequencies?.(acronym);
            return {
              similarity, kind: 'acronym', left, right, short: acronym.toUpperCase(), long: asWritten(long.text, long.words.slice(start, end)),
              ...(acronymHolders ? { acronymHolders } : {}),
            };
          }
        }
      }
    }
  }
  return undefined;
};

/** An exact match whose words differ in language ("Electric" / "Électrique") or in spacing ("Cap Gemini" / "Capgemini"). */
const exactKind = (left: OrganisationName, right: OrganisationName): Pick<NameComparison, 'kind' | 'word' | 'translation'> => {
  const translated = left.core.find((w) => right.core.includes(w) && (left.translations.get(w) ?? w) !== (right.translations.get(w) ?? w));
  if (translated) {
    return {
      kind: 'translated',
      word: originalWord(left.text, left.translations.get(translated) ?? translated),
      translation: originalWord(right.text, right.translations.get(translated) ?? translated),
    };
  }
  return { kind: left.core.length !== right.core.length && left.compact === right.compact ? 'joined' : 'exact' };
};

/** How alike two organisation names are, with the kind of likeness that explains it. */
export const compareOrganisationNames = (left: OrganisationName, right: OrganisationName, context: MatchContext = {}): NameComparison => {
  if (left.compact === right.compact || left.spelled === right.spelled) return { similarity: 1, left, right, ...exactKind(left, right) };
  const others = [byCompactForm(left, right), byAcronym(left, right, context.acronymFrequencies), byEmbeddedAcronym(left, right, context.acronymFrequencies)];
  return others.reduce<NameComparison>((best, option) => (option && option.similarity > best.similarity ? option : best), byWords(left, right, context.frequencies));
};

/** Every pairing of two organisations' names (legal, commercial, sign, acronym): the caller keeps the one that tells most. */
export const nameComparisons = (left: readonly OrganisationName[], right: readonly OrganisationName[], context: MatchContext = {}): NameComparison[] =>
  left.flatMap((l) => right.map((r) => compareOrganisationNames(l, r, context)));
