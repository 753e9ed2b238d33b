import { foldText, tokenize } from '../free-text/fold-text';
import { foldText as foldPlain } from '../matching/fold-text';
import { normalizeEmail } from '../matching/normalize-email';
import { normalizePhoneE164 } from '../matching/normalize-phone';
import type { Identity } from './redact-identity';

/**
 * What a text is posted under, so that the records naming someone are found without reading the
 * others. The mention rules (`redactText` with a person's mention identity) match a name as a run of
 * consecutive folded words — "jeanne dupont", "dupont jeanne", "mme dupont" — never one word alone,
 * so a text is posted under each pair of consecutive words: a pair is the intersection of two words
 * done once, at write time, and its postings hold the notes where those words meet, not every note
 * holding either. Add each e-mail address and each phone number (E.164, however it was typed).
 * A prefix keeps the three kinds apart.
 */
const pair = (a: string, b: string) => `n:${a} ${b}`;
const emailToken = (raw: string) => `e:${normalizeEmail(raw) ?? foldPlain(raw.trim()).replace(/^mailto:/, '').replace(/\.$/, '')}`;
const phoneToken = (e164: string) => `p:${e164}`;

const LETTER = /\p{L}/u;
/**
 * An address as written in a sentence, made of what a stored address may hold (letters, digits and
 * `_'+.-`, then a domain): the brackets, quotes, slashes or colons around it are not part of it.
 */
const EMAIL_RUN = /[\p{L}\p{N}_'+.-]+@[\p{L}\p{N}.-]+/gu;
/** Digits with what people put between them (as `redactText` reads phones), with a leading `+`. */
const PHONE_RUN = /(?:\+[\s.()-]*)?\d(?:[\s.()-]*\d)*/g;
const DIGIT_GROUP = /\d+/g;
/** A number with its prefixes: "00 33 (0)6 12 34 56 78" has 14 digits; E.164 has at most 15. */
const MOST_DIGITS = 17;
const FEWEST_DIGITS = 8;

/**
 * Every phone number a text may hold: each stretch of digit groups that reads as one, from any group
 * to any later one, so "au 06 12 34 56 78 12 fois" still gives +33612345678. A stretch without a
 * prefix is also read as an international number ("32 2 123 45 67"), as the redaction does.
 */
const phonesIn = (text: string): string[] => {
  const found = new Set<string>();
  for (const run of text.matchAll(PHONE_RUN)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP)];
    groups.forEach((first, i) => {
      let digits = 0;
      for (const last of groups.slice(i)) {
        digits += last[0].length;
        if (digits > MOST_DIGITS) break;
        if (digits < FEWEST_DIGITS) continue;
        const span = run[0].slice(i === 0 ? 0 : first.index, last.index + last[0].length);
        const e164 = normalizePhoneE164(span);
        if (e164) found.add(e164);
        const bare = span.replace(/\D/g, '').replace(/^00/, '');
        if (/^[1-9]\d{7,14}$/.test(bare)) found.add(`+${bare}`);
      }
    });
  }
  return [...found];
};

/** The tokens a text is posted under: word pairs, e-mail addresses, phone numbers. */
export const textTokens = (text: string): string[] => {
  const tokens = new Set<string>();
  const words = tokenize(foldText(text).text).map((t) => t.value);
  for (let i = 0; i + 1 < words.length; i += 1) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (LETTER.test(a) || LETTER.test(b)) tokens.add(pair(a, b));
  }
  for (const [run] of text.matchAll(EMAIL_RUN)) tokens.add(emailToken(run.replace(/^['.]+|\.+$/g, '')));
  for (const phone of phonesIn(text)) tokens.add(phoneToken(phone));
  return [...tokens];
};

/** The tokens of several texts (the fields of one record), each read on its own as the redaction reads them. */
export const tokensOfTexts = (texts: readonly (string | null | undefined)[]): string[] => [
  ...new Set(texts.flatMap((text) => (text ? textTokens(text) : []))),
];

/** Words that say little about who is named: a phrase is looked up by a pair without them when it has one. */
const WEAK = new Set(['m', 'mr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'mrs', 'ms', 'miss', 'dr', 'de', 'du', 'des', 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'dos', 'el', 'al']);

/** The one pair of a phrase to look it up by: every text holding the phrase holds each of its pairs, so any will do; the most telling costs least. */
const lookupPair = (words: readonly string[]): string => {
  const pairs = words.slice(1).map((word, i) => [words[i]!, word] as const);
  const weight = ([a, b]: readonly [string, string]) => (WEAK.has(a) ? 0 : a.length) + (WEAK.has(b) ? 0 : b.length);
  const [a, b] = pairs.reduce((best, candidate) => (weight(candidate) > weight(best) ? candidate : best));
  return pair(a, b);
};

/**
 * The tokens under which every text naming the identity is posted: one pair of each name phrase,
 * each e-mail and each phone. Complete for identities made of phrases of two words or more, e-mails
 * and phones — what names a person in others' records (`mentionIdentityOf`); single name words are
 * never posted alone, so an identity matching them cannot be looked up.
 */
export const mentionLookupTokens = (identity: Identity): string[] => {
  const phones = identity.phones.flatMap((raw) => {
    const e164 = normalizePhoneE164(raw);
    return e164 ? [phoneToken(e164)] : [];
  });
  return [
    ...new Set([
      ...identity.namePhrases.filter((words) => words.length >= 2).map(lookupPair),
      ...identity.emails.map(emailToken),
      ...phones,
    ]),
  ];
};
