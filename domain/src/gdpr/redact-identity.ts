import { foldText, tokenize } from '../free-text/fold-text';
import { normalizePhoneE164 } from '../matching/normalize-phone';

/**
 * What identifies someone in free text: name words (a person's first and last names, each on its
 * own), name phrases (an organisation's names, whole: "de" or "France" alone say nothing), e-mail
 * addresses and phone numbers.
 */
export type Identity = { nameWords: string[]; namePhrases: string[][]; emails: string[]; phones: string[] };

/** What replaces an erased mention: neutral in French and English, and obviously not a name. */
export const ERASED = '[…]';

/** Digits in the forms people type them: `06 12 34 56 78`, `+33 (0)6.12.34.56.78`, `0033612345678`. */
const phonePattern = (raw: string): RegExp | undefined => {
  const normalized = normalizePhoneE164(raw);
  if (!normalized) return undefined;
  const spaced = (digits: string) => digits.split('').join('[\\s.()-]*');
  const french = /^\+33(\d{9})$/.exec(normalized)?.[1];
  const body = french
    ? `(?:(?:\\+|00)[\\s.()-]*3[\\s.()-]*3[\\s.()-]*(?:\\(0\\)[\\s.-]*)?|0)${spaced(french)}`
    : `(?:\\+|00)?[\\s.()-]*${spaced(normalized.replace(/^\+/, ''))}`;
  return new RegExp(`(?<!\\d)${body}(?!\\d)`, 'g');
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordsOf = (text: string): string[] => tokenize(foldText(text).text).map((t) => t.value);

/** Particles of French and foreign surnames ("de Gaulle", "van Dijk"): erasing them would maim every sentence. */
const PARTICLES = ['de', 'du', 'des', 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'dos', 'el', 'al'];

type IdentityInput = { personNames?: readonly string[]; organisationNames?: readonly string[]; emails?: readonly string[]; phones?: readonly string[] };

/** Words of two letters or more: a lone initial would erase every "A" of a note. */
export const identityOf = (input: IdentityInput): Identity => ({
  nameWords: [...new Set((input.personNames ?? []).flatMap(wordsOf).filter((w) => w.length >= 2 && !PARTICLES.includes(w)))],
  namePhrases: (input.organisationNames ?? []).map(wordsOf).filter((words) => words.length > 0),
  emails: [...new Set((input.emails ?? []).map((e) => e.trim()).filter(Boolean))],
  phones: [...new Set((input.phones ?? []).filter(Boolean))],
});

/**
 * Replaces every mention of the identity in a text: e-mails (any case), phone numbers (any spacing or
 * prefix) and name words (whole words, any case or accent), so an erased person can no longer be read
 * in a note written about them.
 */
export const redactText = (text: string, identity: Identity): string => {
  let result = text;
  for (const email of identity.emails) result = result.replace(new RegExp(escape(email), 'gi'), ERASED);
  for (const phone of identity.phones) {
    const pattern = phonePattern(phone);
    if (pattern) result = result.replace(pattern, ERASED);
  }
  if (identity.nameWords.length === 0 && identity.namePhrases.length === 0) return result;
  const folded = foldText(result);
  const tokens = tokenize(folded.text);
  const spans: { from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const phrase = identity.namePhrases.find((words) => words.every((w, k) => tokens[i + k]?.value === w));
    const length = phrase ? phrase.length : identity.nameWords.includes(tokens[i]!.value) ? 1 : 0;
    if (length === 0) continue;
    spans.push({ from: folded.starts[tokens[i]!.start] as number, to: folded.ends[tokens[i + length - 1]!.end - 1] as number });
    i += length - 1;
  }
  for (const span of spans.reverse()) result = `${result.slice(0, span.from)}${ERASED}${result.slice(span.to)}`;
  return result;
};

/** Ids, user ids and dates are never names; the texts around them are. */
const keepsValue = (key: string): boolean => /(^id$|Id$|Ids$|By$|At$)/.test(key);

/** The same through any JSON value (audit details, change values), leaving ids and dates as they are. */
export const redactDeep = <T>(value: T, identity: Identity, key = ''): T => {
  if (keepsValue(key)) return value;
  if (typeof value === 'string') return redactText(value, identity) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, identity)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, identity, k)])) as T;
  return value;
};

/** The texts `redactDeep` reads in a JSON value, each on its own: every string but ids, user ids and dates. */
export const textsOfDeep = (value: unknown, key = ''): string[] => {
  if (keepsValue(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => textsOfDeep(v));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textsOfDeep(v, k));
  return [];
};

/** Several identities as one: a text redacted with it has every mention of each of them erased. */
export const unionOf = (identities: readonly Identity[]): Identity => ({
  nameWords: [...new Set(identities.flatMap((i) => i.nameWords))],
  namePhrases: identities.flatMap((i) => i.namePhrases),
  emails: [...new Set(identities.flatMap((i) => i.emails))],
  phones: [...new Set(identities.flatMap((i) => i.phones))],
});
