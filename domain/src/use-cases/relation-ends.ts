import { sameGuard, tierGuard } from '../access/tier-guard';
import { isDomainError } from '../errors/domain-error';
import { displayName, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { RelationEdge } from '../ports/tier-store.port';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';

const AT_ONCE = 16;

/** Whether an edge's copy of the tier's end (its name and its visibility guard) is out of date. */
const endIsStale = (edge: RelationEdge, tier: Tier): boolean =>
  edge.fromId === tier.id
    ? edge.fromName !== displayName(tier) || !sameGuard(edge.fromGuard, tierGuard(tier))
    : edge.toName !== displayName(tier) || !sameGuard(edge.toGuard, tierGuard(tier));

/** The edge with the tier's end as the tier is now. */
const withEnd = (edge: RelationEdge, tier: Tier): RelationEdge =>
  edge.fromId === tier.id
    ? { ...edge, fromName: displayName(tier), fromGuard: tierGuard(tier) }
    : { ...edge, toName: displayName(tier), toGuard: tierGuard(tier) };

/** Rewrites one copy of an edge with the tier's end, under the copy's ETag. */
const rewriteCopy = (deps: Deps, holderId: string, relationId: string, tier: Tier) =>
  retryStaleWrite(async () => {
    const found = await deps.tiers.getRelation(holderId, relationId);
    if (!found || !endIsStale(found.value, tier)) return;
    try {
      await deps.tiers.replaceRelation(holderId, withEnd(found.value, tier), found.etag);
    } catch (error) {
      // Removed meanwhile (the other end was erased): nothing left to keep current.
      if (!isDomainError(error) || error.kind !== 'not-found') throw error;
    }
  }, FEW_WRITE_ATTEMPTS);

/**
 * Relation edges carry both ends' names and visibility guards, so a card lists and words its
 * relations without reading the tiers at the other end. After a tier is renamed, or who may see it
 * changed (owner team, confidentiality, archiving), both copies of each of its edges are rewritten.
 * Returns how many edges were out of date.
 */
export const refreshRelationEnds = async (deps: Deps, tier: Tier, edges: readonly RelationEdge[]): Promise<number> => {
  const stale = edges.filter((e) => endIsStale(e, tier));
  for (let i = 0; i < stale.length; i += AT_ONCE)
    await Promise.all(stale.slice(i, i + AT_ONCE).flatMap((e) => [e.fromId, e.toId].map((holder) => rewriteCopy(deps, holder, e.id, tier))));
  return stale.length;
};
