import type { RetentionRule } from '../gdpr/retention-decision';
import type { RetentionHold } from '../gdpr/retention-hold.schema';
import type { RetentionPolicy } from '../gdpr/retention-policy.schema';
import type { CalendarDay } from '../gdpr/calendar-day';
import type { TierKind } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { eraseTiers, tierFailure, type TierFailure } from './erase-person.use-case';
import { indexTier } from './index-tier';
import { retentionPolicyOf, tierRetention } from './retention-job-subject';
import { refreshRelationEnds } from './relation-ends';
import { refreshTierInsight } from './scores.use-case';

/** The actor the audit log names for what the job does. */
export const RETENTION_ACTOR = 'relais-retention';

/** One expired tier; ids only, never names, so the report can go to logs. */
export type RetentionCandidate = { tierId: string; kind: TierKind; rule: RetentionRule; expiresAt: CalendarDay; reason: string };
/** An expired tier a steward keeps (retention hold): reported with the hold, never erased or archived. */
export type HeldCandidate = RetentionCandidate & { hold: RetentionHold };

export type RetentionReport = {
  ranAt: string;
  dryRun: boolean;
  policy: RetentionPolicy;
  scanned: number;
  expired: RetentionCandidate[];
  held: HeldCandidate[];
  /** What was done to each expired tier (empty on a dry run). */
  applied: { tierId: string; action: 'erased' | 'archived' }[];
  failures: TierFailure[];
};

const PAGE = 100;
/** Expired tiers erased together, sharing one lookup of their mentions. */
export const ERASE_BATCH = 50;

/**
 * Archiving ("archivage intermédiaire") takes the tier out of every list, search, lookup and index;
 * only stewards and admins can still read it, until the legal obligation that justified it ends.
 */
export const archiveTier = async (deps: Deps, tierId: string): Promise<void> => {
  const found = await deps.tiers.get(tierId);
  if (!found || found.value.status !== 'active') return;
  const at = deps.clock.now();
  const archived = { ...found.value, status: 'archived' as const, updatedAt: at };
  await deps.tiers.write(tierId, { tier: { value: archived, ifMatch: found.etag } });
  const edges = (await deps.tiers.partition(tierId))?.relations ?? [];
  await Promise.all([indexTier(deps, archived, found.value), refreshTierInsight(deps, tierId), refreshRelationEnds(deps, archived, edges)]);
  await deps.audit?.append({ id: `${tierId}-archived`, at, actorId: RETENTION_ACTOR, action: 'tier.archived', targetType: 'tier', targetId: tierId, details: { reason: 'retention' } });
};

/** One page of the scan: what expired in it, what was archived, and the tiers left to erase (by batches, after the scan). */
export type RetentionPage = Pick<RetentionReport, 'scanned' | 'expired' | 'held' | 'applied' | 'failures'> & { toErase: string[]; nextCursor: string | null };

/** Decides a page of tiers (archiving the expired ones when the policy says so); the chunk of the retention job. */
export const scanRetentionPage = async (deps: Deps, policy: RetentionPolicy, options: { dryRun: boolean }, cursor?: string): Promise<RetentionPage> => {
  const result: RetentionPage = { scanned: 0, expired: [], held: [], applied: [], failures: [], toErase: [], nextCursor: null };
  const page = await deps.tiers.listIds(PAGE, cursor);
  const partitions = await Promise.all(page.items.map((id) => deps.tiers.partition(id)));
  for (const partition of partitions) {
    if (!partition || partition.tier.value.status !== 'active') continue;
    result.scanned += 1;
    const decision = await tierRetention(deps, partition);
    if (!decision.expired || decision.expiresAt === null) continue;
    const { id: tierId, kind, retentionHold } = partition.tier.value;
    const candidate: RetentionCandidate = { tierId, kind, rule: decision.rule, expiresAt: decision.expiresAt, reason: decision.reason };
    if (retentionHold) {
      result.held.push({ ...candidate, hold: retentionHold });
      continue;
    }
    result.expired.push(candidate);
    if (options.dryRun) continue;
    if (policy.action === 'erase') {
      result.toErase.push(tierId);
      continue;
    }
    try {
      await archiveTier(deps, tierId);
      result.applied.push({ tierId, action: 'archived' });
    } catch (error) {
      result.failures.push(tierFailure(tierId, error));
    }
  }
  return { ...result, nextCursor: page.nextCursor ?? null };
};

/** Erases expired tiers, a batch sharing one lookup of the mentions of its people. */
export const eraseExpired = async (deps: Deps, tierIds: readonly string[]): Promise<Pick<RetentionReport, 'applied' | 'failures'>> => {
  const { reports, failures } = await eraseTiers(deps, RETENTION_ACTOR, tierIds, 'retention');
  return { applied: reports.map((r) => ({ tierId: r.tierId, action: 'erased' as const })), failures };
};

/**
 * The CNIL retention job (délibération 2021-131): every active tier whose period has run out —
 * prospects without contact for 3 years, clients 3 years after the relationship ended — is erased or
 * archived as configured. A dry run only reports what would go. Tiers to erase are gathered and
 * erased by batches, each batch sharing one lookup of the mentions of its people.
 */
export const runRetention = async (deps: Deps, options: { dryRun: boolean }): Promise<RetentionReport> => {
  const policy = retentionPolicyOf(deps);
  const report: RetentionReport = { ranAt: deps.clock.now(), dryRun: options.dryRun, policy, scanned: 0, expired: [], held: [], applied: [], failures: [] };
  const toErase: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await scanRetentionPage(deps, policy, options, cursor);
    report.scanned += page.scanned;
    report.expired.push(...page.expired);
    report.held.push(...page.held);
    report.applied.push(...page.applied);
    report.failures.push(...page.failures);
    toErase.push(...page.toErase);
    cursor = page.nextCursor ?? undefined;
  }
  for (let start = 0; start < toErase.length; start += ERASE_BATCH) {
    const erased = await eraseExpired(deps, toErase.slice(start, start + ERASE_BATCH));
    report.applied.push(...erased.applied);
    report.failures.push(...erased.failures);
  }
  return report;
};
