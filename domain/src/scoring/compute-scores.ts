import { factDefinition, type FactValue } from '../model/fact-definitions';
import type { Medium } from '../model/interaction.schema';
import { countActivity, lastActivity, outboundSinceInbound } from './activity-log';
import { addDays, dayOf, daysBetween } from './calendar-day';
import type { ScoreName, ScoreRule, ScoreRuleSet } from './score-rules.schema';
import { currentValue, type TierInsight } from './tier-insight';

/** Why a rule gave points, as data: `describeReason` words it in French or English. */
export type ScoreReason =
  | { code: 'no-contact'; days: number; sinceCreation: boolean }
  | { code: 'inbound-interest'; count: number; days: number }
  | { code: 'frequency'; count: number; meetings: number; days: number }
  | { code: 'recent-meeting'; days: number }
  | { code: 'unanswered'; count: number }
  | { code: 'overdue-follow-ups'; count: number }
  | { code: 'stale-facts'; facts: string[] }
  | { code: 'lifecycle'; value: string }
  | { code: 'contact-left'; count: number; days: number; withinDays: number }
  | { code: 'pending-changes'; count: number }
  | { code: 'fact-value'; fact: string; value: FactValue; label?: { fr: string; en: string } };

/** A rule that could not apply, and why: the score degrades, it does not fail. */
export type ScoreNote = { code: 'unknown-fact' | 'missing-fact'; rule: string; fact: string };

export type Contribution = { rule: string; points: number; reason: ScoreReason };
export type ScoreResult = { value: number; contributions: Contribution[]; notes: ScoreNote[] };
export type TierScores = Record<ScoreName, ScoreResult>;

type Outcome = { points: number; reason: ScoreReason } | { note: ScoreNote } | undefined;
type Context = { insight: TierInsight; today: string; staleAfterDays?: number };

const capped = (count: number, each: number, max: number): number => Math.sign(max) * Math.min(Math.abs(max), Math.abs(count * each));

const since = (today: string, days: number): string => addDays(today, -days);

const apply = (rule: ScoreRule, { insight, today, staleAfterDays }: Context): Outcome => {
  const log = insight.activity;
  switch (rule.kind) {
    case 'no-contact': {
      const last = lastActivity(log, today);
      const days = daysBetween(last ?? insight.createdAt, today);
      const step = [...rule.steps].sort((a, b) => b.days - a.days).find((s) => days >= s.days);
      return step && { points: step.points, reason: { code: 'no-contact', days, sinceCreation: last === undefined } };
    }
    case 'inbound-interest': {
      const count = countActivity(log, since(today, rule.withinDays), today, { direction: 'inbound', media: rule.media });
      return count > 0 ? { points: capped(count, rule.pointsEach, rule.max), reason: { code: 'inbound-interest', count, days: rule.withinDays } } : undefined;
    }
    case 'frequency': {
      const from = since(today, rule.withinDays);
      const media = Object.keys(rule.weights) as Medium[];
      const counts = media.map((m) => [m, countActivity(log, from, today, { media: [m] })] as const);
      const weight = counts.reduce((sum, [m, n]) => sum + n * (rule.weights[m] ?? 0), 0);
      const count = counts.reduce((sum, [, n]) => sum + n, 0);
      const meetings = counts.filter(([m]) => m === 'meeting' || m === 'face-to-face').reduce((sum, [, n]) => sum + n, 0);
      const points = Math.sign(rule.max) * Math.min(Math.abs(rule.max), Math.round(weight * rule.pointsPerWeight));
      return count > 0 ? { points, reason: { code: 'frequency', count, meetings, days: rule.withinDays } } : undefined;
    }
    case 'recent-meeting': {
      const last = lastActivity(log, today, { media: rule.media });
      const days = last === undefined ? Infinity : daysBetween(last, today);
      return days <= rule.withinDays ? { points: rule.points, reason: { code: 'recent-meeting', days } } : undefined;
    }
    case 'unanswered': {
      const count = outboundSinceInbound(log, today);
      return count >= rule.minOutbound ? { points: rule.points, reason: { code: 'unanswered', count } } : undefined;
    }
    case 'overdue-follow-ups': {
      const count = insight.openTasks.filter((t) => t.due !== null && t.due < today).length;
      return count > 0 ? { points: capped(count, rule.pointsEach, rule.max), reason: { code: 'overdue-follow-ups', count } } : undefined;
    }
    case 'stale-facts': {
      const unknown = (rule.facts ?? []).find((name) => !factDefinition(name));
      if (unknown) return { note: { code: 'unknown-fact', rule: rule.id, fact: unknown } };
      const stale = insight.facts.filter((f) => {
        if (f.to !== null || (rule.facts && !rule.facts.includes(f.name))) return false;
        const days = rule.staleAfterDays ?? staleAfterDays ?? factDefinition(f.name)?.staleAfterDays ?? 365;
        return daysBetween(f.confirmedAt, today) > days;
      });
      return stale.length > 0 ? { points: capped(stale.length, rule.pointsEach, rule.max), reason: { code: 'stale-facts', facts: stale.map((f) => f.name) } } : undefined;
    }
    case 'lifecycle': {
      const value = currentValue(insight, 'lifecycle')?.value;
      const points = typeof value === 'string' ? rule.points[value as keyof typeof rule.points] : undefined;
      return points ? { points, reason: { code: 'lifecycle', value: String(value) } } : undefined;
    }
    case 'contact-left': {
      const from = since(today, rule.withinDays);
      const ends = insight.relations
        .filter((r) => r.type === 'works-for' && r.side === 'to' && r.status === 'ended' && r.end !== null && r.end >= from && r.end <= today)
        .map((r) => r.end!)
        .sort();
      const last = ends.at(-1);
      return last
        ? { points: capped(ends.length, rule.pointsEach, rule.max), reason: { code: 'contact-left', count: ends.length, days: daysBetween(last, today), withinDays: rule.withinDays } }
        : undefined;
    }
    case 'pending-changes': {
      const count = insight.pendingChangeRequests.count;
      return count > 0 ? { points: capped(count, rule.pointsEach, rule.max), reason: { code: 'pending-changes', count } } : undefined;
    }
    case 'fact-value': {
      if (!factDefinition(rule.fact)) return { note: { code: 'unknown-fact', rule: rule.id, fact: rule.fact } };
      const value = currentValue(insight, rule.fact)?.value;
      if (value === undefined) return { note: { code: 'missing-fact', rule: rule.id, fact: rule.fact } };
      return rule.values.includes(value) ? { points: rule.points, reason: { code: 'fact-value', fact: rule.fact, value, label: rule.label } } : undefined;
    }
  }
};

/**
 * Opportunity and risk, 0–100, from one tier's summary at a moment: each rule adds its points with
 * its reason, the strongest first. A rule that cannot apply (an unknown fact) leaves a note instead.
 */
export const computeScores = (insight: TierInsight, rules: ScoreRuleSet, at: string, options: { staleAfterDays?: number } = {}): TierScores => {
  const context: Context = { insight, today: dayOf(at), staleAfterDays: options.staleAfterDays };
  const result: TierScores = { opportunity: { value: 0, contributions: [], notes: [] }, risk: { value: 0, contributions: [], notes: [] } };
  for (const rule of rules.rules) {
    const outcome = apply(rule, context);
    if (!outcome) continue;
    if ('note' in outcome) result[rule.score].notes.push(outcome.note);
    else if (outcome.points !== 0) result[rule.score].contributions.push({ rule: rule.id, points: outcome.points, reason: outcome.reason });
  }
  for (const score of Object.values(result)) {
    score.contributions.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    score.value = Math.max(0, Math.min(100, score.contributions.reduce((sum, c) => sum + c.points, 0)));
  }
  return result;
};
