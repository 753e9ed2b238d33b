import type { Direction, Medium } from '../model/interaction.schema';
import { dayOf } from './calendar-day';

/** One interaction as a tier's summary keeps it: a short key (idempotence), its day, direction, medium. */
export type ActivityEntry = [key: string, day: string, direction: Direction, medium: Medium];

/**
 * A tier's interactions, compact: the newest entries one by one (adding one twice is a no-op, so a
 * retried fan-out never double counts), the oldest folded into monthly counts when the summary
 * would grow too large for one table property.
 */
export type ActivityLog = {
  recent: ActivityEntry[];
  /** `YYYY-MM` → `inbound:email` → count, for entries folded out of `recent`. */
  months: Record<string, Record<string, number>>;
  /** Entries before this day are folded: a repeat of one of them is taken as counted already. */
  foldedBefore: string | null;
};

export const emptyActivity = (): ActivityLog => ({ recent: [], months: {}, foldedBefore: null });

/** 48 bits of the interaction id: collisions within one tier's log are negligible. */
export const activityKey = (interactionId: string): string => interactionId.slice(0, 12);

export type LoggedInteraction = { id: string; occurredAt: string; direction: Direction; medium: Medium };

/** Adds an interaction once; `added` is false when it was counted already. Newest first. */
export const addToActivity = (log: ActivityLog, interaction: LoggedInteraction): { log: ActivityLog; added: boolean } => {
  const key = activityKey(interaction.id);
  const day = dayOf(interaction.occurredAt);
  if (log.recent.some((e) => e[0] === key) || (log.foldedBefore !== null && day < log.foldedBefore)) return { log, added: false };
  const entry: ActivityEntry = [key, day, interaction.direction, interaction.medium];
  const at = log.recent.findIndex((e) => e[1] <= day);
  const recent = at < 0 ? [...log.recent, entry] : [...log.recent.slice(0, at), entry, ...log.recent.slice(at)];
  return { log: { ...log, recent }, added: true };
};

/** Folds the oldest entries into monthly counts, keeping `keep` entries one by one. */
export const foldActivity = (log: ActivityLog, keep: number): ActivityLog => {
  if (log.recent.length <= keep) return log;
  const months = structuredClone(log.months);
  const folded = log.recent.slice(keep);
  for (const [, day, direction, medium] of folded) {
    const month = (months[day.slice(0, 7)] ??= {});
    month[`${direction}:${medium}`] = (month[`${direction}:${medium}`] ?? 0) + 1;
  }
  const oldestKept = log.recent[keep - 1]?.[1] ?? null;
  return { recent: log.recent.slice(0, keep), months, foldedBefore: oldestKept };
};

export type ActivityFilter = { direction?: Direction; media?: readonly Medium[] };

const matches = (direction: Direction, medium: Medium, filter: ActivityFilter): boolean =>
  (!filter.direction || filter.direction === direction) && (!filter.media || filter.media.length === 0 || filter.media.includes(medium));

/**
 * Interactions with a day in [from, to] (inclusive). A folded month counts whole when it overlaps the
 * window: for very active tiers, windows reaching into folded history are counted by month.
 */
export const countActivity = (log: ActivityLog, from: string, to: string, filter: ActivityFilter = {}): number => {
  let count = 0;
  for (const [, day, direction, medium] of log.recent) if (day >= from && day <= to && matches(direction, medium, filter)) count += 1;
  for (const [month, counts] of Object.entries(log.months)) {
    if (month < from.slice(0, 7) || month > to.slice(0, 7)) continue;
    for (const [code, n] of Object.entries(counts)) {
      const [direction, medium] = code.split(':') as [Direction, Medium];
      if (matches(direction, medium, filter)) count += n;
    }
  }
  return count;
};

/** The day of the last interaction on or before `at` matching the filter, if any. */
export const lastActivity = (log: ActivityLog, at: string, filter: ActivityFilter = {}): string | undefined => {
  const found = log.recent.find(([, day, direction, medium]) => day <= at && matches(direction, medium, filter));
  if (found) return found[1];
  const months = Object.entries(log.months)
    .filter(([month, counts]) => `${month}-01` <= at && Object.keys(counts).some((code) => matches(...(code.split(':') as [Direction, Medium]), filter)))
    .map(([month]) => month)
    .sort();
  const month = months.at(-1);
  // A folded month is known to the month only: its last day, bounded by `at`.
  return month ? [`${month}-28`, at].sort()[0] : undefined;
};

/** Outbound interactions since the last inbound one (on or before `at`): unanswered approaches. */
export const outboundSinceInbound = (log: ActivityLog, at: string): number => {
  let count = 0;
  for (const [, day, direction] of log.recent) {
    if (day > at) continue;
    if (direction === 'inbound') break;
    count += 1;
  }
  return count;
};
