/**
 * Secondary indexes are their own entities with deterministic keys, so writing one twice is harmless.
 * Readers check every hit against the record it points to: a half-done write never misleads.
 */
export type IndexName =
  | 'email' | 'domain' | 'siren' | 'siret' | 'phone' | 'name' | 'parent' | 'block'
  | 'relation' | 'change-request' | 'cr-status' | 'idempotency' | 'distinct';

export type IndexHit = { key: string; targetId: string; data?: string };

export type IndexStore = {
  put: (name: IndexName, key: string, targetId: string, data?: string) => Promise<void>;
  remove: (name: IndexName, key: string, targetId: string) => Promise<void>;
  find: (name: IndexName, key: string) => Promise<IndexHit[]>;
  /** Keys starting with `prefix` (name search), at most `limit` hits. */
  findByPrefix: (name: IndexName, prefix: string, limit: number) => Promise<IndexHit[]>;
  /** Claims a key for a target once; returns the target already holding it, if any. */
  claim: (name: IndexName, key: string, targetId: string) => Promise<string | undefined>;
};
