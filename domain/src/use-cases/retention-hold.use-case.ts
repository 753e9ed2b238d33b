import { DomainError, isDomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { guardCallerText } from '../gdpr/guard-free-text';
import { RetentionHoldRequest, type RetentionHold, type RetentionHoldView } from '../gdpr/retention-hold.schema';
import { hasRole, type Caller } from '../model/caller';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { loadActiveTier } from './visible-tier';

const MAX_ATTEMPTS = 5;

const mustSteward = (caller: Caller): void => {
  if (!hasRole(caller, 'steward', 'admin')) throw new DomainError('RETENTION.HOLD_FORBIDDEN', 'forbidden', 'Only data stewards and admins keep a tier past its retention period.');
};

/**
 * Rewrites the tier's hold under its ETag, audited with `action`. Only the hold changes, so a
 * concurrent change is retried on the fresh tier, unless the caller sent the ETag it read (If-Match):
 * then a stale one answers 412.
 */
const writeHold = async (deps: Deps, caller: Caller, tierId: string, hold: (tier: Tier) => RetentionHold | null, action: string, ifMatch?: string): Promise<RetentionHoldView> => {
  for (let attempt = 1; ; attempt += 1) {
    const found = await loadActiveTier(deps, caller, tierId);
    if (ifMatch !== undefined && ifMatch !== found.etag) throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The tier changed since you read it; reload it and try again.');
    const next = hold(found.value);
    if (next === null && !found.value.retentionHold) return { tierId, hold: null };
    const { retentionHold: _previous, ...rest } = found.value;
    const now = deps.clock.now();
    const tier: Tier = { ...rest, ...(next ? { retentionHold: next } : {}), updatedAt: now };
    try {
      await deps.tiers.write(tierId, { tier: { value: tier, ifMatch: found.etag } });
      await deps.audit?.append({ id: deps.ids.newId(), at: now, actorId: caller.userId, action, targetType: 'tier', targetId: tierId, details: next ? { reason: next.reason } : {} });
      return { tierId, hold: next };
    } catch (error) {
      if (ifMatch !== undefined || !isDomainError(error) || error.code !== 'CONCURRENCY.STALE' || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};

/**
 * Keeps a tier past its retention period, with the steward's reason: the retention job reports it as
 * held and neither erases nor archives it. Placing a hold again replaces the reason.
 */
export const holdRetention = async (deps: Deps, caller: Caller, tierId: string, input: unknown, ifMatch?: string): Promise<RetentionHoldView> => {
  mustSteward(caller);
  const { reason } = parseInput(RetentionHoldRequest, input);
  guardCallerText(deps, caller, [{ path: 'reason', text: reason }], false);
  return writeHold(deps, caller, tierId, () => ({ reason, heldBy: caller.userId, heldAt: deps.clock.now() }), 'tier.retention-held', ifMatch);
};

/** Lifts the hold: the next retention run decides on the tier as on any other. */
export const releaseRetention = async (deps: Deps, caller: Caller, tierId: string, ifMatch?: string): Promise<RetentionHoldView> => {
  mustSteward(caller);
  return writeHold(deps, caller, tierId, () => null, 'tier.retention-released', ifMatch);
};
