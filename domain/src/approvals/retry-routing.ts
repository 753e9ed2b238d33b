import { DomainError, isDomainError } from '../errors/domain-error';
import { hasRole, type Caller } from '../model/caller';
import type { Deps } from '../ports/deps';
import { routedAudit } from './change-request-audit';
import { createRouter } from './route-change-request';

export type RoutingRetryResult = { rerouted: string[]; stillWaiting: string[] };

/**
 * Routes again the pending requests that went to the stewards because the directory could not answer.
 * The new routing is written under the request's ETag: a request decided meanwhile is left alone.
 */
export const retryRouting = async (deps: Deps, caller: Caller): Promise<RoutingRetryResult> => {
  if (!hasRole(caller, 'steward', 'admin'))
    throw new DomainError('CHANGE_REQUEST.FORBIDDEN', 'forbidden', 'Only stewards and admins may route requests again.');
  const route = createRouter(deps);
  const result: RoutingRetryResult = { rerouted: [], stillWaiting: [] };
  for (const hit of await deps.index.find('cr-status', 'pending')) {
    const found = hit.data ? await deps.tiers.getChangeRequest(hit.data, hit.targetId) : undefined;
    const tier = found && (await deps.tiers.get(found.value.tierId));
    if (!found || !tier || found.value.status !== 'pending' || !found.value.routingRetry) continue;
    const routed = await route(found.value, tier.value);
    if (routed.routingRetry) {
      result.stillWaiting.push(routed.id);
      continue;
    }
    try {
      await deps.tiers.write(routed.tierId, { changeRequests: [{ value: routed, ifMatch: found.etag }] });
    } catch (error) {
      if (isDomainError(error) && error.kind === 'precondition-failed') continue;
      throw error;
    }
    await deps.audit?.append(routedAudit(routed, deps.clock.now()));
    await deps.approvalNotifier?.requested(routed);
    result.rerouted.push(routed.id);
  }
  return result;
};
