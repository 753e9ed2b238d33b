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
import { searchQueryReadings, searchWordForms } from '../matching/name-search-forms';
import { tierNameTokens } from './tier-index-entries';
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

type Hits = { ids: Set<string>; complete: boolean };

/** One prefix look-up per distinct word form of the query, shared by its readings. */
const prefixHits = (deps: Deps) => {
  const started = new Map<string, Promise<Hits>>();
  return (prefix: string): Promise<Hits> => {
    let hits = started.get(prefix);
    if (!hits) {
      hits = deps.index.findByPrefix('name', prefix, CANDIDATE_CAP).then((found) => ({ ids: new Set(found.map((h) => h.targetId)), complete: found.length < CANDIDATE_CAP }));
      started.set(prefix, hits);
    }
    return hits;
  };
};

/**
 * Looks every word of a reading up in the name index at once (each word by all its forms); the
 * ids found for every word (or, when a word is too common to list whole, for the rarest one) are
 * the candidates. Only those are read.
 */
const candidatesForWords = async (lookUp: (prefix: string) => Promise<Hits>, words: string[]): Promise<string[]> => {
  const sets = await Promise.all(
    words.map(async (word): Promise<Hits> => {
      const forms = await Promise.all(searchWordForms(word).map(lookUp));
      return { ids: new Set(forms.flatMap((f) => [...f.ids])), complete: forms.every((f) => f.complete) };
    }),
  );
  const complete = sets.filter((s) => s.complete);
  if (complete.length === 0) return [...(sets.sort((a, b) => a.ids.size - b.ids.size)[0]?.ids ?? [])];
  const [smallest, ...others] = complete.sort((a, b) => a.ids.size - b.ids.size);
  return [...smallest!.ids].filter((id) => others.every((o) => o.ids.has(id)));
};

/** The first reading of the query whose every word, in one of its forms, starts a word of the name. */
const readingFound = (readings: string[][], tokens: string[]): string[] | undefined =>
  readings.find((words) => words.every((w) => searchWordForms(w).some((form) => tokens.some((t) => t.startsWith(form)))));

/**
 * Every word of `q` must start a word of a name (accent- and case-insensitive), a name read as the
 * matcher reads it (dotted acronyms, brands joined or split, English words, legal forms and generic
 * words optional, see searchQueryReadings); or `q` is an e-mail, a phone, a SIREN or a SIRET.
 * Candidates come from the index; best first: more whole-word hits, then shorter names.
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
    const readings = searchQueryReadings(query.q).map((words) => [...new Set(words)]);
    const lookUp = prefixHits(deps);
    const candidateIds = [...new Set((await Promise.all(readings.map((words) => candidatesForWords(lookUp, words)))).flat())];
    const tiers = await visibleTiers(deps, caller, candidateIds);
    const scored = tiers.flatMap((tier) => {
      const tokens = tierNameTokens(tier);
      const words = readingFound(readings, tokens);
      return words ? [{ tier, whole: words.filter((w) => tokens.includes(w)).length, length: tokens.join(' ').length }] : [];
    });
    scored.sort((a, b) => b.whole - a.whole || a.length - b.length || a.tier.id.localeCompare(b.tier.id));
    ranked = scored.map((s) => s.tier);
  }
  const filtered = query.kind ? ranked.filter((t) => t.kind === query.kind) : ranked;
  return pageOf(filtered.map(summarize), query.limit, query.cursor);
};
