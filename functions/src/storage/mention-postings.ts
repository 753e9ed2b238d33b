import { createHash } from 'node:crypto';

/**
 * The partition of a mention token's postings (one per token, so a lookup is one partition query),
 * named by a hash of the token, never the token: a token is a pair of words of a note, an e-mail or
 * a phone, so a key holding it would show names in every storage explorer, error log and backup.
 * The hash is not a secret (names are few enough to hash them all): erasure still takes a person's
 * postings off the records it rewrites (docs/security.md §3).
 */
export const mentionPartition = (token: string): string => `mention~${createHash('sha256').update(token).digest('base64url').slice(0, 32)}`;
