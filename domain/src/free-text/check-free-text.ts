import { foldText, joined, tokenize, type Token } from './fold-text';
import { defaultGuardLists } from './default-guard-lists';
import type { GuardCategory, GuardLanguage, GuardLists } from './guard-lists.schema';
import { matcherFor, type GuardRule } from './guard-matcher';

/** `start`/`end` are UTF-16 offsets into the checked text, so a UI can underline `text.slice(start, end)`. */
export type FreeTextFinding = { category: GuardCategory; term: string; start: number; end: number };

/**
 * `lang` restricts the scan to one language's lists; without it both are used, since French reps
 * also write English notes. `lists` replaces the default lists (see `extendGuardLists`).
 */
export type CheckFreeTextOptions = { lang?: GuardLanguage; lists?: GuardLists };

const sequenceAt = (folded: string, tokens: Token[], at: number, words: string[]): boolean =>
  words.every((word, i) => {
    const token = tokens[at + i];
    const previous = tokens[at + i - 1];
    return token?.value === word && (i === 0 || (previous !== undefined && joined(folded, previous, token)));
  });

const touches = (folded: string, tokens: Token[], left: number, right: number): boolean => {
  const a = tokens[left];
  const b = tokens[right];
  return a !== undefined && b !== undefined && joined(folded, a, b);
};

const cancelled = (folded: string, tokens: Token[], at: number, rule: GuardRule): boolean => {
  const end = at + rule.words.length;
  const before = rule.unlessBefore.some(
    (words) => touches(folded, tokens, at - 1, at) && sequenceAt(folded, tokens, at - words.length, words),
  );
  const after = rule.unlessAfter.some(
    (words) => touches(folded, tokens, end - 1, end) && sequenceAt(folded, tokens, end, words),
  );
  return before || after;
};

export const checkFreeText = (text: string, options: CheckFreeTextOptions = {}): FreeTextFinding[] => {
  const matcher = matcherFor(options.lists ?? defaultGuardLists, options.lang);
  const folded = foldText(text);
  const tokens = tokenize(folded.text);
  const findings: FreeTextFinding[] = [];
  let at = 0;
  while (at < tokens.length) {
    const rules = matcher.get((tokens[at] as Token).value) ?? [];
    const rule = rules.find(
      (r) => sequenceAt(folded.text, tokens, at, r.words) && !cancelled(folded.text, tokens, at, r),
    );
    if (!rule) {
      at += 1;
      continue;
    }
    const first = tokens[at] as Token;
    const last = tokens[at + rule.words.length - 1] as Token;
    const start = folded.starts[first.start] as number;
    const end = folded.ends[last.end - 1] as number;
    findings.push({ category: rule.category, term: text.slice(start, end), start, end });
    at += rule.words.length;
  }
  return findings;
};
