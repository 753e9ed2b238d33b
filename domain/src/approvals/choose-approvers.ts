import type { ChangeRequest } from '../model/change-request.schema';
import type { ManagerLookup } from '../ports/approver-directory.port';
import type { ApprovalConfig } from './approval-config';

export type Routing = Pick<ChangeRequest, 'approverIds' | 'routing' | 'routingRetry'>;

/** What routing looks at: the requester, where the tier belongs, and what the directory said (if asked). */
export type RoutingFacts = { requesterId: string; territory?: string; ownerTeam: string; manager?: ManagerLookup };

const others = (ids: readonly string[] | undefined, requesterId: string): string[] => [...new Set(ids ?? [])].filter((id) => id !== requesterId);

/**
 * The steward group that takes the request instead of the manager: the tier's territory group first,
 * then its owner team's. Nobody approves their own request, so a group that is only the requester
 * does not count.
 */
export const stewardGroupFor = (config: ApprovalConfig, facts: Omit<RoutingFacts, 'manager'>): string[] | undefined => {
  const byTerritory = facts.territory ? others(config.stewardsByTerritory[facts.territory], facts.requesterId) : [];
  if (byTerritory.length > 0) return byTerritory;
  const byTeam = others(config.stewardsByTeam[facts.ownerTeam], facts.requesterId);
  return byTeam.length > 0 ? byTeam : undefined;
};

/**
 * The routing rules, in order:
 * 1. a steward group configured for the tier's territory, then for its owner team;
 * 2. the requester's manager, as the directory knows them;
 * 3. the fallback stewards when the requester has no manager (final), when the directory could not
 *    answer (marked for retry), or when no directory is configured (final).
 * Any steward or admin may decide whatever the routing; routing says who is asked.
 */
export const chooseApprovers = (config: ApprovalConfig, facts: RoutingFacts): Routing => {
  const group = stewardGroupFor(config, facts);
  if (group) return { approverIds: group, routing: 'steward-group', routingRetry: false };
  const manager = facts.manager;
  if (manager?.kind === 'found' && manager.manager.id !== facts.requesterId)
    return { approverIds: [manager.manager.id], routing: 'manager', routingRetry: false };
  return {
    approverIds: others(config.fallbackStewards, facts.requesterId),
    routing: 'stewards-fallback',
    routingRetry: manager?.kind === 'unavailable',
  };
};
