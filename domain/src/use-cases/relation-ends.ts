import { sameGuard, tierGuard } from '../access/tier-guard';
import { isDomainError } from '../errors/domain-error';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { RelationEdge } from '../ports/tier-store.port';
import { retryStale } from './merge-tiers-moves';

const AT_ONCE = 16;

/** Rewrites one copy of an edge with the tier's new guard, under the copy's ETag. */
const rewriteCopy = (deps: Deps, holderId: string, relationId: string, tier: Tier) =>
  retryStale(async () => {
    const found = await deps.tiers.getRelation(holderId, relationId);
    if (!found) return;
    const side = found.value.fromId === tier.id ? 'fromGuard' : 'toGuard';
    if (sameGuard(found.value[side], tierGuard(tier))) return;
    try {
      await deps.tiers.replaceRelation(holderId, { ...found.value, [side]: tierGuard(tier) }, found.etag);
    } catch (error) {
      // Removed meanwhile (the other end was erased): nothing left to guard.
      if (!isDomainError(error) || error.kind !== 'not-found') throw error;
    }
  });

/**
 * After who may see a tier changed (owner team, confidentiality, owner), the guard its relation
 * edges carry of it is rewritten in both copies of each edge, so the cards of the tiers it is
 * related to count and list it right without reading it.
 */
export const refreshRelationGuards = async (deps: Deps, tier: Tier, edges: readonly RelationEdge[]): Promise<number> => {
  const stale = edges.filter((e) => !sameGuard(e.fromId === tier.id ? e.fromGuard : e.toGuard, tierGuard(tier)));
  for (let i = 0; i < stale.length; i += AT_ONCE)
    await Promise.all(stale.slice(i, i + AT_ONCE).flatMap((e) => [e.fromId, e.toId].map((holder) => rewriteCopy(deps, holder, e.id, tier))));
  return stale.length;
};
