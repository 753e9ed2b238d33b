import { z } from 'zod';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { normalizePhoneE164 } from '../matching/normalize-phone';
import { compactDigits } from '../model/siren';
import { summarize, type TierSummary } from '../model/tier-summary';
import { TierKind, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { IndexName } from '../ports/index-store.port';
import type { Page } from '../ports/tier-store.port';
import { searchTokens } from '../matching/search-tokens';
import { pageOf } from './paging';
import { visibleTiers } from './visible-tier';

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'Type at least one character.').max(200),
    kind: TierKind.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

const CANDIDATE_CAP = 1000;

const nameTokens = (tier: Tier): string[] =>
  (tier.kind === 'person' ? [tier.firstName, tier.lastName] : tier.names.map((n) => n.value)).flatMap(searchTokens);

/** The exact-key index the query is, if it is an e-mail, a SIREN, a SIRET or a phone. */
const exactKey = (q: string): { name: IndexName; key: string } | undefined => {
  if (q.includes('@')) return { name: 'email', key: q.toLowerCase() };
  const digits = compactDigits(q);
  if (/^\d{9}$/.test(digits)) return { name: 'siren', key: digits };
  if (/^\d{14}$/.test(digits)) return { name: 'siret', key: digits };
  const phone = /^[+0-9 ().-]{6,}$/.test(q) ? normalizePhoneE164(q) : undefined;
  return phone ? { name: 'phone', key: phone } : undefined;
};

const holdsKey = (tier: Tier, name: IndexName, key: string): boolean => {
  if (name === 'email') return tier.kind === 'person' && (tier.emails ?? []).some((e) => e.toLowerCase() === key);
  if (name === 'siren') return tier.kind === 'organisation' && tier.siren === key;
  if (name === 'siret') return tier.kind === 'organisation' && tier.siret === key;
  return (tier.phones ?? []).some((p) => normalizePhoneE164(p.number) === key);
};

/**
 * Looks every word up in the name index at once; the ids found for every word (or, when a word is
 * too common to list whole, for the rarest one) are the candidates. Only those are read.
 */
const candidatesForWords = async (deps: Deps, words: string[]): Promise<string[]> => {
  const sets = await Promise.all(
    words.map(async (word) => {
      const hits = await deps.index.findByPrefix('name', word, CANDIDATE_CAP);
      return { ids: new Set(hits.map((h) => h.targetId)), complete: hits.length < CANDIDATE_CAP };
    }),
  );
  const complete = sets.filter((s) => s.complete);
  if (complete.length === 0) return [...(sets.sort((a, b) => a.ids.size - b.ids.size)[0]?.ids ?? [])];
  const [smallest, ...others] = complete.sort((a, b) => a.ids.size - b.ids.size);
  return [...smallest!.ids].filter((id) => others.every((o) => o.ids.has(id)));
};

/**
 * Every word of `q` must start a word of a name (accent- and case-insensitive); or `q` is an e-mail,
 * a phone, a SIREN or a SIRET. Candidates come from the index; best first: more whole-word hits, then
 * shorter names.
 */
export const searchTiers = async (deps: Deps, caller: Caller, input: unknown): Promise<Page<TierSummary>> => {
  const query = parseInput(SearchQuery, input);
  const exact = exactKey(query.q);
  let ranked: Tier[];
  if (exact) {
    const hits = await deps.index.find(exact.name, exact.key);
    const tiers = await visibleTiers(deps, caller, hits.map((h) => h.targetId));
    ranked = tiers.filter((t) => holdsKey(t, exact.name, exact.key));
  } else {
    const words = [...new Set(searchTokens(query.q))];
    const candidateIds = await candidatesForWords(deps, words);
    const tiers = await visibleTiers(deps, caller, candidateIds);
    const scored = tiers
      .map((tier) => ({ tier, tokens: nameTokens(tier) }))
      .filter(({ tokens }) => words.every((w) => tokens.some((t) => t.startsWith(w))))
      .map(({ tier, tokens }) => ({ tier, whole: words.filter((w) => tokens.includes(w)).length, length: tokens.join(' ').length }));
    scored.sort((a, b) => b.whole - a.whole || a.length - b.length || a.tier.id.localeCompare(b.tier.id));
    ranked = scored.map((s) => s.tier);
  }
  const filtered = query.kind ? ranked.filter((t) => t.kind === query.kind) : ranked;
  return pageOf(filtered.map(summarize), query.limit, query.cursor);
};
