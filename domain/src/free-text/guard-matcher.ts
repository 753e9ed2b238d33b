import { foldWords } from './fold-text';
import { GuardLists, type GuardCategory, type GuardLanguage, type GuardTerm } from './guard-lists.schema';
import { expandPattern } from './term-pattern';

export type GuardRule = {
  category: GuardCategory;
  words: string[];
  unlessBefore: string[][];
  unlessAfter: string[][];
};
/** Rules indexed by their first folded word, longest first, so a scan is one lookup per word. */
export type GuardMatcher = Map<string, GuardRule[]>;

const wordsOf = (pattern: string): string[][] => {
  const result = expandPattern(pattern);
  return result.ok ? result.forms.map(foldWords).filter((words) => words.length > 0) : [];
};

const rulesOf = (category: GuardCategory, term: GuardTerm): GuardRule[] => {
  const {
    pattern,
    unlessBefore = [],
    unlessAfter = [],
  } = typeof term === 'string' ? { pattern: term } : term;
  const before = unlessBefore.flatMap(wordsOf);
  const after = unlessAfter.flatMap(wordsOf);
  return wordsOf(pattern).map((words) => ({ category, words, unlessBefore: before, unlessAfter: after }));
};

const build = (lists: GuardLists, languages: GuardLanguage[]): GuardMatcher => {
  const matcher: GuardMatcher = new Map();
  for (const language of languages) {
    for (const [category, entries] of Object.entries(lists[language] ?? {}) as [
      GuardCategory,
      GuardTerm[],
    ][]) {
      for (const rule of entries.flatMap((entry) => rulesOf(category, entry))) {
        const first = rule.words[0] as string;
        matcher.set(first, [...(matcher.get(first) ?? []), rule]);
      }
    }
  }
  // Stable sort: among equally long rules the first listed wins.
  for (const rules of matcher.values()) rules.sort((a, b) => b.words.length - a.words.length);
  return matcher;
};

// Lists are validated and compiled once per lists object, not on every keystroke.
const cache = new WeakMap<GuardLists, Map<string, GuardMatcher>>();

export const matcherFor = (lists: GuardLists, lang: GuardLanguage | undefined): GuardMatcher => {
  const byLanguage = cache.get(lists) ?? new Map<string, GuardMatcher>();
  const key = lang ?? 'all';
  const cached = byLanguage.get(key);
  if (cached) return cached;
  const matcher = build(GuardLists.parse(lists), lang ? [lang] : ['fr', 'en']);
  byLanguage.set(key, matcher);
  cache.set(lists, byLanguage);
  return matcher;
};
