import type { IndexStore } from '../ports/index-store.port';
import { INTERACTION_REFS, refOfKey, TIER_REFS, type MentionRef } from './mention-postings';

/** The two ranges of references a lookup walks: interactions, then what is kept with the tiers. */
export type MentionPhase = 'interactions' | 'tiers';
const RANGE: Record<MentionPhase, string> = { interactions: INTERACTION_REFS, tiers: TIER_REFS };

/** Postings read per token per step: a step's work is bounded by the tokens looked up, never by the base. */
const STEP = 100;

/** A candidate record, its posting key, and the looked-up tokens it is posted under. */
export type Candidate = { key: string; ref: MentionRef; via: string[] };

/** One step of a lookup: its candidates, and the key to go on after (none once the range is done). */
export type MentionWindow = { candidates: Candidate[]; next: string | undefined };

/**
 * The next candidates after `cursor` in a range, for records posted under any of `tokens`: one page
 * of postings per token (one partition query each), merged in key order. A full page may go on, so
 * the window stops at the smallest last key among full pages: every key up to there was seen in
 * every list, nothing is skipped, and the next step starts after it. A cursor from another range (or
 * from before postings) starts the range from its beginning: every visit is idempotent.
 */
export const nextMentionWindow = async (
  index: IndexStore,
  tokens: readonly string[],
  phase: MentionPhase,
  cursor: string | null,
  limit = STEP,
): Promise<MentionWindow> => {
  const range = RANGE[phase];
  const after = cursor?.startsWith(range) ? cursor : range;
  const pages = await Promise.all(tokens.map(async (token) => ({ token, keys: (await index.page('mention', token, limit, after)).map((h) => h.targetId) })));
  const end = pages
    .filter((p) => p.keys.length >= limit)
    .map((p) => p.keys[p.keys.length - 1]!)
    .reduce<string | undefined>((least, key) => (least === undefined || key < least ? key : least), undefined);
  const via = new Map<string, string[]>();
  for (const { token, keys } of pages)
    for (const key of keys) if (key.startsWith(range) && (end === undefined || key <= end)) via.set(key, [...(via.get(key) ?? []), token]);
  const candidates = [...via.keys()].sort().flatMap((key) => {
    const ref = refOfKey(key);
    return ref ? [{ key, ref, via: via.get(key)! }] : [];
  });
  return { candidates, next: end !== undefined && end.startsWith(range) ? end : undefined };
};

/** Every candidate of a range, step by step (for a read that answers at once: the access export). */
export const allMentionCandidates = async (index: IndexStore, tokens: readonly string[], phase: MentionPhase): Promise<Candidate[]> => {
  const found: Candidate[] = [];
  for (let cursor: string | null = null; ; ) {
    const window = await nextMentionWindow(index, tokens, phase, cursor);
    found.push(...window.candidates);
    if (!window.next) return found;
    cursor = window.next;
  }
};
