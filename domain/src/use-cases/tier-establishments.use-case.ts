import { guardAllows, tierGuard, type TierGuard } from '../access/tier-guard';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { EstablishmentsQuery } from '../model/edge-page-query.schema';
import { summarize, type TierSummary } from '../model/tier-summary';
import { displayName, type Tier } from '../model/tier.schema';
import { foldText } from '../matching/fold-text';
import type { Deps } from '../ports/deps';
import type { IndexHit } from '../ports/index-store.port';
import type { Page } from '../ports/tier-store.port';
import { nameQuery } from './name-query';
import { pageByKey } from './page-by-key';
import { loadVisibleTier, visibleTiers } from './visible-tier';

/** An organisation's establishments, a page at a time, with how many there are in all (for this caller). */
export type EstablishmentsPage = Page<TierSummary> & { total: number };

/** What a `parent` index entry carries of its establishment: its name and who may see it. */
type EstablishmentEntry = { id: string; name: string; guard: TierGuard | undefined };

/**
 * The data kept on an establishment's `parent` index entry, so a card can order and count hundreds of
 * establishments without reading them (rewritten with the entry when the name or the guard changes).
 */
export const establishmentEntryData = (tier: Tier): string => JSON.stringify({ name: displayName(tier), guard: tierGuard(tier) });

const entryOf = (hit: IndexHit): EstablishmentEntry => {
  try {
    const data = JSON.parse(hit.data ?? 'null') as { name?: unknown; guard?: TierGuard } | null;
    if (typeof data?.name === 'string' && data.guard) return { id: hit.targetId, name: data.name, guard: data.guard };
  } catch {
    // An entry written before it carried data: its tier is read instead.
  }
  return { id: hit.targetId, name: '', guard: undefined };
};

/** The establishments the caller may see, decided by each entry's guard; only entries without one cost a read. */
const visibleEntries = async (deps: Deps, caller: Caller, tierId: string): Promise<EstablishmentEntry[]> => {
  const entries = (await deps.index.find('parent', tierId)).map(entryOf);
  const unguarded = entries.filter((e) => e.guard === undefined).map((e) => e.id);
  const read = unguarded.length > 0 ? new Map((await visibleTiers(deps, caller, unguarded)).map((t) => [t.id, t])) : new Map<string, Tier>();
  return entries.flatMap((e) => {
    if (e.guard) return guardAllows(caller, e.guard) ? [e] : [];
    const tier = read.get(e.id);
    return tier ? [{ ...e, name: displayName(tier) }] : [];
  });
};

/** By name, accents and case aside, then by id: a total order for the cursor. */
const orderKey = (e: EstablishmentEntry): string => `${foldText(e.name)}~${e.id}`;

/**
 * One page of an organisation's establishments by name. Only the page's tiers are read, each checked
 * once more against its record (still visible, still below this organisation).
 */
export const establishmentsPage = async (deps: Deps, caller: Caller, tierId: string, query: EstablishmentsQuery): Promise<EstablishmentsPage> => {
  const entries = await visibleEntries(deps, caller, tierId);
  const matches = nameQuery(query.q ?? '');
  const page = pageByKey(query.q ? entries.filter((e) => matches(e.name)) : entries, orderKey, query.limit, query.cursor);
  const tiers = new Map((await visibleTiers(deps, caller, page.items.map((e) => e.id))).map((t) => [t.id, t]));
  const items = page.items.flatMap((e) => {
    const tier = tiers.get(e.id);
    return tier?.kind === 'organisation' && tier.parentId === tierId ? [summarize(tier)] : [];
  });
  return { items, total: page.total, nextCursor: page.nextCursor };
};

/** `GET /api/tiers/{id}/establishments`: the establishments below an organisation the caller may see. */
export const tierEstablishments = async (deps: Deps, caller: Caller, tierId: string, input: unknown): Promise<EstablishmentsPage> => {
  const query = parseInput(EstablishmentsQuery, input);
  const { value: tier } = await loadVisibleTier(deps, caller, tierId);
  if (tier.kind !== 'organisation') return { items: [], total: 0, nextCursor: null };
  return establishmentsPage(deps, caller, tierId, query);
};
