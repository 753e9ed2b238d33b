/** The tiers listed under one blocking key. */
export type Posting = { key: string; ids: readonly string[] };

/** A shared SIREN, e-mail, phone or domain says more than a shared name key. */
const IDENTITY_FAMILIES = new Set(['siren', 'email', 'pphone', 'ophone', 'domain']);

const familyOf = (key: string): string => key.slice(0, key.indexOf(':'));

/**
 * Whether a blocking key's length is worth knowing: a word key (how many organisations hold the word)
 * or an acronym key (how many it may stand for).
 */
export const isCountedKey = (key: string): boolean => familyOf(key) === 'ow' || familyOf(key) === 'oa';

/**
 * Ids under a draft's blocking keys, most telling first: each key adds its family's weight, shared
 * by fewer tiers the more it tells (as a rare word says more than a common one).
 */
export const shortlist = (postings: readonly Posting[], { exclude, limit }: { exclude: ReadonlySet<string>; limit: number }): string[] => {
  const weights = new Map<string, number>();
  for (const { key, ids } of postings) {
    const weight = (IDENTITY_FAMILIES.has(familyOf(key)) ? 4 : 1) / Math.log2(2 + ids.length);
    for (const id of ids) if (!exclude.has(id)) weights.set(id, (weights.get(id) ?? 0) + weight);
  }
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
};
