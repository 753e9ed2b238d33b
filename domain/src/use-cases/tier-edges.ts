import { guardAllows, type TierGuard } from '../access/tier-guard';
import type { Caller } from '../model/caller';
import type { TierKind } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Page, RelationEdge } from '../ports/tier-store.port';
import { pageByKey } from './page-by-key';
import { visibleTiers } from './visible-tier';

export type EdgeEnd = { id: string; name: string; kind: TierKind; guard: TierGuard | undefined };

/** The end of an edge that is not `tierId`. */
export const otherEnd = (tierId: string, e: RelationEdge): EdgeEnd =>
  e.fromId === tierId
    ? { id: e.toId, name: e.toName, kind: e.toKind, guard: e.toGuard }
    : { id: e.fromId, name: e.fromName, kind: e.fromKind, guard: e.fromGuard };

/**
 * The edges whose other end the caller may see, decided by the guard each edge carries; only edges
 * written before guards existed cost a read of that tier. Nothing else is read.
 */
export const visibleEdges = async (deps: Deps, caller: Caller, tierId: string, edges: readonly RelationEdge[]): Promise<RelationEdge[]> => {
  const unguarded = edges.map((e) => otherEnd(tierId, e)).filter((end) => end.guard === undefined);
  const seen = unguarded.length > 0 ? new Set((await visibleTiers(deps, caller, unguarded.map((end) => end.id))).map((t) => t.id)) : new Set<string>();
  return edges.filter((e) => {
    const end = otherEnd(tierId, e);
    return end.guard ? guardAllows(caller, end.guard) : seen.has(end.id);
  });
};

/** `2024-03-01` → `7975-96-98`: later dates sort first; no date sorts last. */
const newestFirst = (date: string | null): string => (date ? date.replace(/\d/g, (d) => String(9 - Number(d))) : '~');

/** Ongoing first, the latest start first, then by id: a total order, so a cursor resumes exactly where it stopped. */
export const edgeOrderKey = (e: RelationEdge): string => `${e.status === 'ongoing' ? 0 : 1}~${newestFirst(e.startDate)}~${e.id}`;

/** One page of edges in their display order, with the exact number of edges (see `pageByKey`). */
export const pageEdges = (edges: readonly RelationEdge[], limit: number, cursor?: string): Page<RelationEdge> & { total: number } =>
  pageByKey(edges, edgeOrderKey, limit, cursor);
