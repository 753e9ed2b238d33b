/**
 * Secondary indexes are their own entities with deterministic keys, so writing one twice is harmless.
 * Readers check every hit against the record it points to: a half-done write never misleads.
 * `mention` keys are tokens of free text (see mention-tokens.ts), hits are record references (see
 * mention-postings.ts): the store keeps the key only as a hash, since a token may be a name.
 */
export type IndexName =
  | 'email' | 'domain' | 'siren' | 'siret' | 'phone' | 'name' | 'parent' | 'block'
  | 'relation' | 'change-request' | 'cr-status' | 'idempotency' | 'distinct' | 'duplicate' | 'mention';

export type IndexHit = { key: string; targetId: string; data?: string };

/** Most hits a `block` key keeps (see IndexStore.find). */
export const BLOCK_KEY_CAP = 1000;

export type IndexStore = {
  put: (name: IndexName, key: string, targetId: string, data?: string) => Promise<void>;
  remove: (name: IndexName, key: string, targetId: string) => Promise<void>;
  /**
   * Every hit of a key. `block` keys (matching) answer with at most BLOCK_KEY_CAP hits: a key shared
   * by more tiers than that says little about any of them.
   */
  find: (name: IndexName, key: string) => Promise<IndexHit[]>;
  /**
   * How many targets a key lists, without reading them where the store can: for a `block` word key,
   * how many organisations hold the word (at most BLOCK_KEY_CAP).
   */
  count: (name: IndexName, key: string) => Promise<number>;
  /** Whether this exact entry exists (a point read). */
  has: (name: IndexName, key: string, targetId: string) => Promise<boolean>;
  /** Hits of one key in target order, those after `after` only, at most `limit` (fewer only at the end): a long list read in pages. */
  page: (name: IndexName, key: string, limit: number, after?: string) => Promise<IndexHit[]>;
  /** Keys starting with `prefix` (name search), at most `limit` hits. */
  findByPrefix: (name: IndexName, prefix: string, limit: number) => Promise<IndexHit[]>;
  /** Claims a key for a target once; returns the target already holding it, if any. */
  claim: (name: IndexName, key: string, targetId: string) => Promise<string | undefined>;
};
