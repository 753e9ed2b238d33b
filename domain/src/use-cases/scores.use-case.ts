import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import type { FactVersion } from '../model/fact';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { InsightStores } from '../ports/insight-store.port';
import type { TierPartition, Versioned } from '../ports/tier-store.port';
import { addToActivity } from '../scoring/activity-log';
import { dayOf } from '../scoring/calendar-day';
import { computeScores, type ScoreResult, type TierScores } from '../scoring/compute-scores';
import { defaultScoreRules } from '../scoring/default-score-rules';
import { describeNote, describeReason } from '../scoring/describe-reason';
import { fitInsight } from '../scoring/insight-size';
import { retryStaleWrite } from '../scoring/stale-write';
import { ScoreRuleSet } from '../scoring/score-rules.schema';
import { recordClose, scoreTrend, type ScoreTrend } from '../scoring/score-trend';
import { differsFrom, newInsight, openTaskOf, partitionFacts, type TierInsight } from '../scoring/tier-insight';
import { landOrMark } from './insight-outbox';
import { recordActivity, rememberRep, taskActivity, writeRepDay } from './reports.use-case';

/** The rule set in force: the stored one, or the defaults. */
export const scoreRules = async (deps: Deps): Promise<ScoreRuleSet> => (await deps.insight?.scoreRules.get())?.value ?? defaultScoreRules;

/**
 * The rule set for the day's closing scores a write records (the trend), kept a minute per process:
 * one read fewer per summary write. What a reader sees (card, segment) uses `scoreRules`, at once.
 */
const CLOSING_RULES_MS = 60_000;
const closingCache = new WeakMap<InsightStores, { rules: ScoreRuleSet; at: number }>();
const closingRules = async (deps: Deps, stores: InsightStores): Promise<ScoreRuleSet> => {
  const now = Date.parse(deps.clock.now());
  const cached = closingCache.get(stores);
  if (cached && now - cached.at >= 0 && now - cached.at < CLOSING_RULES_MS) return cached.rules;
  const rules = await scoreRules(deps);
  closingCache.set(stores, { rules, at: now });
  return rules;
};

export const scoresOf = (deps: Deps, insight: TierInsight, rules: ScoreRuleSet, at: string): TierScores =>
  computeScores(insight, rules, at, { staleAfterDays: deps.config.staleAfterDays });

/** A summary built from the tier's partition (its first, or when it was lost): one partition query. */
const fromPartition = async (deps: Deps, tierId: string): Promise<TierInsight | undefined> => {
  const partition = await deps.tiers.partition(tierId);
  return partition && newInsight(partitionFacts({ ...partition, tier: partition.tier.value }), deps.clock.now());
};

/**
 * Read, change, write one tier's summary under its ETag; another write in between makes it wait a
 * jittered backoff and start again from what that write left. `change` returns undefined when there
 * is nothing to write. Every write also records the day's closing scores, for the trend. Throws when
 * it cannot land (callers mark the work for catch-up).
 */
const updateInsight = async (
  deps: Deps,
  stores: InsightStores,
  tierId: string,
  change: (current: TierInsight | undefined) => Promise<TierInsight | undefined> | TierInsight | undefined,
): Promise<void> => {
  const rules = await closingRules(deps, stores);
  await retryStaleWrite(async () => {
    const stored = await stores.summaries.read(tierId);
    const next = await change(stored.value);
    if (!next) return;
    const now = deps.clock.now();
    const scores = scoresOf(deps, next, rules, now);
    const closed = { ...next, history: recordClose(next.history, dayOf(now), scores.opportunity.value, scores.risk.value), updatedAt: now };
    await stores.summaries.write(fitInsight(closed), stored.etag);
  });
};

/** A tier's summary re-read from its partition, or marked for catch-up: never fails its caller. */
const refreshOrMark = (deps: Deps, stores: InsightStores, tierId: string, change: Parameters<typeof updateInsight>[3]): Promise<void> =>
  landOrMark(deps, { kind: 'tier', id: tierId }, () => updateInsight(deps, stores, tierId, change));

/**
 * After logging: the interaction counts once in each participant's summary and in its performer's
 * day. Both are sets, so redoing it (a repeat, the catch-up, the repair) counts nothing twice; if it
 * cannot land, the interaction is marked for catch-up and logging still succeeds.
 */
export const recordInteractionInsight = async (deps: Deps, interaction: Interaction): Promise<void> => {
  const stores = deps.insight;
  if (!stores) return;
  await landOrMark(deps, { kind: 'interaction', id: interaction.id }, () =>
    Promise.all([
      ...interaction.participants.map((p) =>
        updateInsight(deps, stores, p.tierId, async (current) => {
          const base = current ?? (await fromPartition(deps, p.tierId));
          if (!base) return undefined;
          const { log, added } = addToActivity(base.activity, interaction);
          return added || !current ? { ...base, activity: log } : undefined;
        }),
      ),
      writeRepDay(deps, dayOf(interaction.occurredAt), interaction.performedBy, interaction.performedByName, {
        add: [{ kind: 'interaction', id: interaction.id, direction: interaction.direction, medium: interaction.medium }],
      }),
    ]),
  );
};

/** After a task is created or changed: the open tasks of its tiers, and the reps' created/done/due days. */
export const recordTaskInsight = async (deps: Deps, before: Task | undefined, after: Task): Promise<void> => {
  const stores = deps.insight;
  if (!stores) return;
  const tierIds = [...new Set([...(before?.tierIds ?? []), ...after.tierIds])];
  await Promise.all([
    ...tierIds.map((tierId) =>
      refreshOrMark(deps, stores, tierId, async (current) => {
        const base = current ?? (await fromPartition(deps, tierId));
        if (!base) return undefined;
        const others = base.openTasks.filter((t) => t.id !== after.id);
        const open = after.status === 'open' && after.tierIds.includes(tierId) ? [...others, openTaskOf(after)] : others;
        const same = current && JSON.stringify(open) === JSON.stringify(base.openTasks);
        return same ? undefined : { ...base, openTasks: open };
      }),
    ),
    taskActivity(deps, before, after),
  ]);
};

/** Detects the lifecycle moves prospect → client in a tier's fact history (each counted once, on its day). */
const prospectToClientMoves = (facts: readonly FactVersion[]): FactVersion[] => {
  const lifecycle = facts.filter((f) => f.name === 'lifecycle').sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return lifecycle.filter((f, i) => i > 0 && f.value === 'client' && lifecycle[i - 1]!.value === 'prospect');
};

/** Counts the tier's moves prospect → client (once each, on their day) for the rep who follows the tier, whoever recorded them. */
const recordConversions = async (deps: Deps, partition: TierPartition): Promise<void> => {
  const tier = partition.tier.value;
  await Promise.all(
    prospectToClientMoves(partition.facts).map((move) =>
      recordActivity(deps, dayOf(move.validFrom), tier.owner ?? move.recordedBy, undefined, { add: [{ kind: 'prospect-to-client', id: tier.id, at: move.validFrom }] }),
    ),
  );
};

/** After a profile or fact change: the summary's partition parts again, and the moves to client. */
export const refreshTierInsight = async (deps: Deps, tierId: string): Promise<void> => {
  const stores = deps.insight;
  if (!stores) return;
  await landOrMark(deps, { kind: 'tier', id: tierId }, async () => {
    const partition = await deps.tiers.partition(tierId);
    if (!partition) return;
    // A merged or erased tier keeps no summary: it must leave every segment.
    if (partition.tier.value.status === 'merged' || partition.tier.value.status === 'erased') return forgetTierInsight(deps, tierId);
    const facts = partitionFacts({ ...partition, tier: partition.tier.value });
    await Promise.all([
      updateInsight(deps, stores, tierId, (current) =>
        !current ? newInsight(facts, deps.clock.now()) : differsFrom(current, facts) ? { ...current, ...facts } : undefined,
      ),
      recordConversions(deps, partition),
    ]);
  });
};

/**
 * A new tier: its summary from what was just written (no read), and a new tier in its creator's day.
 * A person created with their organisation also changed the organisation's relations: both are re-read.
 */
export const recordNewTierInsight = async (deps: Deps, caller: Caller, tier: Tier, facts: FactVersion[], linkedTo?: string): Promise<void> => {
  const stores = deps.insight;
  if (!stores) return;
  const summary = partitionFacts({ tier, facts, relations: [], tasks: [], changeRequests: [] });
  await Promise.all([
    linkedTo
      ? Promise.all([refreshTierInsight(deps, tier.id), refreshTierInsight(deps, linkedTo)])
      : refreshOrMark(deps, stores, tier.id, (current) => (current ? undefined : newInsight(summary, deps.clock.now()))),
    recordActivity(deps, dayOf(tier.createdAt), caller.userId, caller.name, { add: [{ kind: 'new-tier', id: tier.id }] }),
    rememberRep(deps, caller),
  ]);
};

/**
 * Rebuilds a tier's summary from its partition and its whole timeline: for tiers logged before
 * summaries existed, a merge's survivor (the duplicate's interactions moved to its timeline), the
 * catch-up and the repair. Reads one tier, never the base. What a concurrent logging added meanwhile
 * is kept: the rebuilt log is united with the stored one.
 */
export const rebuildTierInsight = async (deps: Deps, tierId: string): Promise<void> => {
  const stores = deps.insight;
  if (!stores) return;
  const base = await fromPartition(deps, tierId);
  if (!base) return;
  let activity = base.activity;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.tiers.timeline(tierId, { limit: 200, cursor });
    for (const entry of page.items) activity = addToActivity(activity, { ...entry, id: entry.interactionId }).log;
    cursor = page.nextCursor ?? undefined;
  }
  await updateInsight(deps, stores, tierId, (current) => {
    let united = activity;
    for (const [key, day, direction, medium] of current?.activity.recent ?? []) united = addToActivity(united, { id: key, occurredAt: day, direction, medium }).log;
    return { ...base, activity: united, history: current?.history ?? [] };
  });
};

/** The GDPR erasure and the merge remove a tier's summary: it must not outlive the tier. */
export const forgetTierInsight = async (deps: Deps, tierId: string): Promise<void> => {
  await deps.insight?.summaries.remove(tierId);
};

/**
 * After a merge: the duplicate's summary goes (it leaves every segment), the survivor's is rebuilt
 * with the interactions, relations, tasks and facts it received. Never fails the merge: what cannot
 * land is marked for catch-up.
 */
export const mergeTierInsight = async (deps: Deps, survivorId: string, duplicateId: string): Promise<void> => {
  if (!deps.insight) return;
  await Promise.all([
    landOrMark(deps, { kind: 'tier', id: duplicateId }, () => forgetTierInsight(deps, duplicateId)),
    landOrMark(deps, { kind: 'tier', id: survivorId, rebuild: true }, () => rebuildTierInsight(deps, survivorId)),
  ]);
};

/** After a relation is created or changed: both ends' summaries (a key contact who left raises the risk). */
export const relationInsight = async (deps: Deps, edge: { fromId: string; toId: string }): Promise<void> => {
  await Promise.all([refreshTierInsight(deps, edge.fromId), refreshTierInsight(deps, edge.toId)]);
};

export type CardScore = {
  value: number;
  /** The strongest reasons, in the reader's language. */
  reasons: string[];
  trend: ScoreTrend;
  contributions: { rule: string; points: number; reason: string }[];
  /** Rules that could not apply (an unknown or unknown-valued fact): the score is computed without them. */
  notes: string[];
};
export type CardScores = { opportunity: CardScore; risk: CardScore; computedAt: string };

export const readTierInsight = async (deps: Deps, tierId: string): Promise<TierInsight | undefined> => (await deps.insight?.summaries.read(tierId))?.value;

const cardScore = (result: ScoreResult, top: number, trend: ScoreTrend, lang: Language): CardScore => ({
  value: result.value,
  reasons: result.contributions.slice(0, top).map((c) => describeReason(c.reason, lang)),
  trend,
  contributions: result.contributions.map((c) => ({ rule: c.rule, points: c.points, reason: describeReason(c.reason, lang) })),
  notes: result.notes.map((n) => describeNote(n, lang)),
});

/**
 * The card's scores, computed now from the stored summary and the partition the card just read (so
 * a relation or an approval that changed the tier counts at once); what the summary missed is written
 * back (read-repair), without failing the card if that write loses.
 */
export const cardScores = async (deps: Deps, partition: TierPartition, stored: TierInsight | undefined, lang: Language): Promise<CardScores | null> => {
  const stores = deps.insight;
  if (!stores) return null;
  const facts = partitionFacts({ ...partition, tier: partition.tier.value });
  const now = deps.clock.now();
  const insight = stored ? { ...stored, ...facts } : newInsight(facts, now);
  const [rules] = await Promise.all([
    scoreRules(deps),
    (!stored || differsFrom(stored, facts)) && partition.tier.value.status === 'active'
      ? Promise.all([
          updateInsight(deps, stores, partition.tier.value.id, (current) => (current ? (differsFrom(current, facts) ? { ...current, ...facts } : undefined) : insight)),
          // A lifecycle approved through a change request is seen here first.
          recordConversions(deps, partition),
        ]).catch(() => undefined)
      : undefined,
  ]);
  const scores = scoresOf(deps, insight, rules, now);
  const today = dayOf(now);
  return {
    opportunity: cardScore(scores.opportunity, rules.topReasons, scoreTrend(insight.history, today, 'opportunity', scores.opportunity.value), lang),
    risk: cardScore(scores.risk, rules.topReasons, scoreTrend(insight.history, today, 'risk', scores.risk.value), lang),
    computedAt: now,
  };
};

const requireInsight = (deps: Deps): InsightStores => {
  if (!deps.insight) throw new DomainError('INSIGHT.UNAVAILABLE', 'not-found', 'Scores, segments and reports are not set up here.');
  return deps.insight;
};

export const getScoreRules = async (deps: Deps): Promise<Versioned<ScoreRuleSet> & { isDefault: boolean }> => {
  const stored = await requireInsight(deps).scoreRules.get();
  return stored ? { ...stored, isDefault: false } : { value: defaultScoreRules, etag: '"default"', isDefault: true };
};

/** Admins replace the rule set; every score reads it at once (scores are computed when read). */
export const putScoreRules = async (deps: Deps, caller: Caller, input: unknown, ifMatch: string | undefined): Promise<Versioned<ScoreRuleSet>> => {
  const stores = requireInsight(deps);
  if (!hasRole(caller, 'admin')) throw new DomainError('SCORING.FORBIDDEN', 'forbidden', 'Only an admin may change the scoring rules.');
  const rules = parseInput(ScoreRuleSet, input, 'SCORING.INVALID_RULES');
  const etag = await stores.scoreRules.put(rules, ifMatch === '"default"' ? undefined : ifMatch);
  return { value: rules, etag };
};
