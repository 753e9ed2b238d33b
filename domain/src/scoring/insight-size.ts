import { foldActivity } from './activity-log';
import type { TierInsight } from './tier-insight';

/**
 * A table string property holds 32K UTF-16 characters; a summary stays under this bound (24,000
 * characters, 48 KB), which the store relies on. JavaScript string length counts UTF-16 units, as
 * Table Storage does.
 */
export const MAX_INSIGHT_CHARS = 24_000;

const sizeOf = (insight: TierInsight): number => JSON.stringify(insight).length;

/** Months kept one by one once folding alone is not enough (three years). */
const KEPT_MONTHS = 36;

/**
 * Ever coarser cuts, tried in order until the summary fits: what scores read most (recent activity,
 * ongoing relations, the earliest open tasks, current facts) goes last.
 */
const cuts: ((insight: TierInsight) => TierInsight)[] = [
  (i) => {
    let fitted = i;
    while (sizeOf(fitted) > MAX_INSIGHT_CHARS && fitted.activity.recent.length > 20)
      fitted = { ...fitted, activity: foldActivity(fitted.activity, Math.floor(fitted.activity.recent.length * 0.75)) };
    return fitted;
  },
  (i) => {
    const months = Object.keys(i.activity.months).sort().slice(-KEPT_MONTHS);
    return { ...i, activity: { ...i.activity, months: Object.fromEntries(months.map((m) => [m, i.activity.months[m]!])) } };
  },
  (i) => ({ ...i, history: i.history.slice(-7) }),
  (i) => ({
    ...i,
    relations: [...i.relations].sort((a, b) => (a.status === b.status ? (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? '') : a.status === 'ongoing' ? -1 : 1)).slice(0, 50),
  }),
  (i) => ({ ...i, openTasks: [...i.openTasks].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')).slice(0, 50) }),
  (i) => ({ ...i, facts: [...i.facts.filter((f) => f.to === null), ...i.facts.filter((f) => f.to !== null)].slice(0, 20) }),
  (i) => ({ ...i, activity: foldActivity(i.activity, 1), relations: i.relations.slice(0, 10), openTasks: i.openTasks.slice(0, 10) }),
  (i) => ({ ...i, activity: { recent: [], months: {}, foldedBefore: i.activity.recent[0]?.[1] ?? i.activity.foldedBefore }, relations: [], openTasks: [], facts: i.facts.filter((f) => f.to === null).slice(0, 10), history: [] }),
];

/** Folds the oldest interactions into monthly counts, then cuts further if need be, until the summary fits in one property. */
export const fitInsight = (insight: TierInsight): TierInsight => {
  let fitted = insight;
  for (const cut of cuts) {
    if (sizeOf(fitted) <= MAX_INSIGHT_CHARS) return fitted;
    fitted = cut(fitted);
  }
  return fitted;
};
