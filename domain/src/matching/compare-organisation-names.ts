import { acronymFit } from './acronym';
import { foldText } from './fold-text';
import { normalizeOrganisationName, type OrganisationName } from './normalize-organisation-name';
import { allowedTypos, typoDistance } from './string-similarity';
import { compareTokens, type TokenMatch } from './token-similarity';

export type NameMatchKind = 'exact' | 'reordered' | 'acronym' | 'abbreviation' | 'typo' | 'phonetic' | 'contained' | 'partial' | 'different';

export type NameComparison = {
  similarity: number;
  kind: NameMatchKind;
  left: OrganisationName;
  right: OrganisationName;
  /** The words that explain an abbreviation or acronym: the short form and what it stands for. */
  short?: string;
  long?: string;
};

type Pairing = { match: TokenMatch; left: string; right: string };

/** A folded word as it was written in the name ("electricite" → "Electricité"), for reasons. */
const originalWord = (text: string, word: string): string => text.split(/[^\p{L}\p{N}]+/u).find((w) => foldText(w) === word) ?? word;

/** Greedy best-first pairing of words; names have a handful of words, so this is exact enough. */
const pairWords = (left: OrganisationName, right: OrganisationName): Pairing[] => {
  const candidates: Pairing[] = [];
  for (const l of left.core) {
    for (const r of right.core) {
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

const byWords = (left: OrganisationName, right: OrganisationName): NameComparison => {
  const pairs = pairWords(left, right);
  const total = left.core.length + right.core.length;
  const similarity = total === 0 ? 0 : (2 * pairs.reduce((sum, p) => sum + p.match.similarity, 0)) / total;
  const base = { similarity, left, right };
  if (pairs.length === 0) return { ...base, kind: 'different' };
  const complete = pairs.length === left.core.length && pairs.length === right.core.length;
  if (!complete) {
    const contained = pairs.length === Math.min(left.core.length, right.core.length) && pairs.some((p) => p.left.length >= 3);
    return { ...base, kind: contained ? 'contained' : similarity >= 0.5 ? 'partial' : 'different' };
  }
  const weakest = pairs.reduce((w, p) => (p.match.similarity < w.match.similarity ? p : w));
  if (weakest.match.kind === 'exact') return { ...base, kind: 'reordered' };
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

const byAcronym = (left: OrganisationName, right: OrganisationName): NameComparison | undefined => {
  const [acronymSide, fullSide] = left.acronym && !right.acronym ? [left, right] : right.acronym && !left.acronym ? [right, left] : [];
  if (!acronymSide?.acronym || !fullSide) return undefined;
  const skipped = acronymFit(acronymSide.acronym, fullSide.words);
  if (skipped === undefined) return undefined;
  // A long acronym that leaves one word out (SNCF) is still specific; a short one much less.
  const similarity = acronymSide.acronym.length === 2 ? 0.75 : skipped === 0 ? 0.95 : acronymSide.acronym.length >= 4 ? 0.93 : 0.88;
  return { similarity, kind: 'acronym', left, right, short: acronymSide.text, long: fullSide.text };
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
const byEmbeddedAcronym = (left: OrganisationName, right: OrganisationName): NameComparison | undefined => {
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
            return { similarity, kind: 'acronym', left, right, short: acronym.toUpperCase(), long: asWritten(long.text, long.words.slice(start, end)) };
          }
        }
      }
    }
  }
  return undefined;
};

/** How alike two organisation names are, with the kind of likeness that explains it. */
export const compareOrganisationNames = (left: OrganisationName, right: OrganisationName): NameComparison => {
  if (left.compact === right.compact || left.spelled === right.spelled) return { similarity: 1, kind: 'exact', left, right };
  const others = [byCompactForm(left, right), byAcronym(left, right), byEmbeddedAcronym(left, right)];
  return others.reduce<NameComparison>((best, option) => (option && option.similarity > best.similarity ? option : best), byWords(left, right));
};

/** The most alike pair among two organisations' names (legal, commercial, sign, acronym). */
export const bestNameComparison = (left: readonly OrganisationName[], right: readonly OrganisationName[]): NameComparison | undefined => {
  let best: NameComparison | undefined;
  for (const l of left) {
    for (const r of right) {
      const comparison = compareOrganisationNames(l, r);
      if (!best || comparison.similarity > best.similarity) best = comparison;
      if (best.similarity === 1) return best;
    }
  }
  return best;
};
