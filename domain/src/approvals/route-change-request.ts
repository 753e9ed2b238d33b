import type { ChangeRequest } from '../model/change-request.schema';
import type { Tier } from '../model/tier.schema';
import type { ManagerLookup } from '../ports/approver-directory.port';
import type { Deps } from '../ports/deps';
import { currentFact } from '../use-cases/update-tier.use-case';
import { noApprovalConfig } from './approval-config';
import { chooseApprovers, stewardGroupFor } from './choose-approvers';

export type ChangeRequestRouter = (request: ChangeRequest, tier: Tier) => Promise<ChangeRequest>;

/**
 * Routes requests to their approvers. The directory is asked at most once per requester per router
 * (an interaction may carry several requests), and only when no steward group takes the request.
 */
export const createRouter = (deps: Deps): ChangeRequestRouter => {
  const config = deps.config.approvals ?? noApprovalConfig;
  const managers = new Map<string, Promise<ManagerLookup>>();
  const managerOf = (userId: string): Promise<ManagerLookup> | undefined => {
    if (!deps.approvers) return undefined;
    let lookup = managers.get(userId);
    if (!lookup) managers.set(userId, (lookup = deps.approvers.managerOf(userId)));
    return lookup;
  };
  return async (request, tier) => {
    const territoryValue =
      Object.keys(config.stewardsByTerritory).length > 0 ? currentFact(await deps.tiers.factHistory(tier.id, 'territory'), 'territory')?.value : undefined;
    const facts = { requesterId: request.requestedBy, ownerTeam: tier.ownerTeam, ...(territoryValue === undefined ? {} : { territory: String(territoryValue) }) };
    const manager = stewardGroupFor(config, facts) ? undefined : await managerOf(request.requestedBy);
    return { ...request, ...chooseApprovers(config, { ...facts, ...(manager ? { manager } : {}) }) };
  };
};
