import { z } from 'zod';
import { repScope } from '../access/rep-scope';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { IsoDate, UserId } from '../model/common.schema';
import type { Task } from '../model/task.schema';
import type { Deps } from '../ports/deps';
import type { ActivityStore, InsightStores, RepInfo } from '../ports/insight-store.port';
import type { Versioned } from '../ports/tier-store.port';
import { summarizeActivity, type ActivityRow } from '../reporting/activity-report';
import { rollUp, sumRollups, type DayRollup } from '../reporting/day-rollup';
import { changeRepDay, type DayChange, type RepDay } from '../reporting/rep-day';
import { addDays, dayOf, daysBetween } from '../scoring/calendar-day';
import { retryStaleWrite } from '../scoring/stale-write';
import { landOrMark } from './insight-outbox';

const MAX_REPORT_DAYS = 3 * 366;

/** The rep-days this process wrote last (a rep logs several times a day, mostly through the same instance). */
const RECENT_DAYS = 256;
const recentDays = new WeakMap<ActivityStore, Map<string, Versioned<RepDay>>>();

/**
 * Adds or removes events in one rep's day, under its ETag, retried with backoff when another write
 * won; the set makes a repeat harmless. Throws when it cannot land.
 */
export const writeRepDay = async (deps: Deps, day: string, rep: string, repName: string | undefined, change: DayChange): Promise<void> => {
  const activity = deps.insight?.activity;
  if (!activity) return;
  const days = recentDays.get(activity) ?? recentDays.set(activity, new Map()).get(activity)!;
  const key = `${day}\n${rep}`;
  const apply = (found: Versioned<RepDay> | undefined) => {
    const row = found?.value ?? { day, rep, repName: repName ?? rep, events: {} };
    return { row, next: changeRepDay(repName && row.repName !== repName ? { ...row, repName } : row, change) };
  };
  let cached = days.get(key);
  await retryStaleWrite(async () => {
    // The row this process last wrote saves a read; if someone wrote since, its ETag is stale and the retry
    // reads. "Nothing to change" is only believed from a fresh read.
    let found = cached;
    let { row, next } = apply(found);
    if (!found || !next) ({ row, next } = apply((found = await activity.getDay(day, rep))));
    cached = undefined;
    days.delete(key);
    if (!next && found) return;
    const etag = await activity.putDay(next ?? row, found?.etag);
    days.set(key, { value: next ?? row, etag });
    if (days.size > RECENT_DAYS) days.delete(days.keys().next().value!);
  });
};

/** `writeRepDay`, or the change marked for catch-up when it cannot land: never fails its caller. */
export const recordActivity = (deps: Deps, day: string, rep: string, repName: string | undefined, change: DayChange): Promise<void> =>
  landOrMark(deps, { kind: 'activity', day, rep, ...(repName ? { repName } : {}), change }, () => writeRepDay(deps, day, rep, repName, change));

/** What a task's creation or change means for its reps' days: created, due, done (on time or late). */
export const taskActivity = async (deps: Deps, before: Task | undefined, after: Task): Promise<void> => {
  const ref = { id: after.id };
  const writes: Promise<void>[] = [recordActivity(deps, dayOf(after.createdAt), after.createdBy, undefined, { add: [{ kind: 'task-created', ...ref }] })];
  const onTime = after.status === 'done' && after.doneAt !== null && after.dueDate !== null && dayOf(after.doneAt) <= after.dueDate;
  if (before?.dueDate && (before.dueDate !== after.dueDate || before.assigneeId !== after.assigneeId))
    writes.push(recordActivity(deps, before.dueDate, before.assigneeId, undefined, { remove: [{ kind: 'task-due', ...ref }, { kind: 'task-done-on-time', ...ref }] }));
  if (after.dueDate)
    writes.push(
      recordActivity(deps, after.dueDate, after.assigneeId, undefined, {
        add: [{ kind: 'task-due', ...ref }, ...(onTime ? [{ kind: 'task-done-on-time' as const, ...ref }] : [])],
        remove: onTime ? [] : [{ kind: 'task-done-on-time', ...ref }],
      }),
    );
  if (after.status === 'done' && after.doneAt && after.doneBy)
    writes.push(recordActivity(deps, dayOf(after.doneAt), after.doneBy, undefined, { add: [{ kind: 'task-done', ...ref }] }));
  if (before?.status === 'done' && before.doneAt && before.doneBy && after.status === 'open')
    writes.push(recordActivity(deps, dayOf(before.doneAt), before.doneBy, undefined, { remove: [{ kind: 'task-done', ...ref }] }));
  await Promise.all(writes);
};

/**
 * Who is in which team, for reports by team, and which address is whose, to assign a follow-up to a
 * colleague; written when it changes (remembered per store).
 */
const known = new WeakMap<ActivityStore, Map<string, string>>();
export const rememberRep = async (deps: Deps, caller: Caller): Promise<void> => {
  const activity = deps.insight?.activity;
  if (!activity) return;
  const seen = known.get(activity) ?? known.set(activity, new Map()).get(activity)!;
  const info: RepInfo = {
    id: caller.userId,
    name: caller.name,
    teams: [...caller.teams].sort(),
    ...(caller.email && { email: caller.email.trim().toLowerCase() }),
  };
  const signature = JSON.stringify(info);
  if (seen.get(caller.userId) === signature) return;
  // Not remembered when the write fails: the rep's next action writes it again.
  await activity.putRep(info).then(() => seen.set(caller.userId, signature), () => undefined);
};

const requireInsight = (deps: Deps): InsightStores => {
  if (!deps.insight) throw new DomainError('INSIGHT.UNAVAILABLE', 'not-found', 'Reports are not set up here.');
  return deps.insight;
};

/** A date, or a date-time (its date counts): reports are by calendar day. */
const ReportDay = z.union([IsoDate, z.iso.datetime({ offset: true })], { error: 'Expected a date like 2026-01-01.' }).transform(dayOf);

export const ActivityQuery = z
  .object({
    from: ReportDay,
    to: ReportDay,
    groupBy: z.enum(['rep', 'team', 'medium', 'direction', 'week']).default('rep'),
    rep: UserId.optional(),
    lang: z.string().optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from >= q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period ends before it starts: `to` must come after `from`.' });
    else if (daysBetween(q.from, q.to) > MAX_REPORT_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'A report covers at most three years.' });
  });

/**
 * The daily rollups of [from, to): stale ones (a rep's day changed since) are rebuilt from their days'
 * rows, read in one ranged query from the first stale day to the last, and stored again; a rebuild
 * that loses a race is still right for this answer.
 */
const loadRollups = async (stores: InsightStores, from: string, to: string): Promise<DayRollup[]> => {
  const found = await stores.activity.rollups(from, to);
  const stale = found.filter((r) => r.stale).map((r) => r.value.day).sort();
  if (stale.length === 0) return found.map((r) => r.value);
  const byDay = new Map<string, RepDay[]>();
  for (const row of await stores.activity.repDays(stale[0]!, addDays(stale.at(-1)!, 1))) (byDay.get(row.day) ?? byDay.set(row.day, []).get(row.day)!).push(row);
  return Promise.all(
    found.map(async (r) => {
      if (!r.stale) return r.value;
      const rebuilt = rollUp(r.value.day, byDay.get(r.value.day) ?? []);
      await stores.activity.putRollup(rebuilt, r.etag);
      return rebuilt;
    }),
  );
};

/** The first day of the month after `day`'s. */
const nextMonth = (day: string): string => {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/**
 * The monthly rollups of the whole months in [from, to): a stale or never built month is summed from
 * its days (themselves rebuilt if stale) and stored under the ETag it was read with, so a write meanwhile
 * keeps it stale.
 */
const loadMonths = async (stores: InsightStores, from: string, to: string): Promise<DayRollup[]> => {
  const found = new Map((await stores.activity.rollups(from, to, 'month')).map((r) => [r.value.day, r]));
  const months: string[] = [];
  for (let month = from; month < to; month = nextMonth(month)) months.push(month.slice(0, 7));
  return Promise.all(
    months.map(async (month) => {
      const stored = found.get(month);
      if (stored && !stored.stale) return stored.value;
      const summed = sumRollups(month, await loadRollups(stores, `${month}-01`, nextMonth(`${month}-01`)));
      await stores.activity.putRollup(summed, stored?.etag, 'month');
      return summed;
    }),
  );
};

/**
 * What a report of [from, to) reads: whole past months as one row each (a quarter is three rows), the
 * days around them (and this month's, and every day when grouped by week) as daily rows.
 */
const loadPeriod = async (stores: InsightStores, from: string, to: string, today: string, byWeek: boolean): Promise<DayRollup[]> => {
  const first = from.endsWith('-01') ? from : nextMonth(from);
  const thisMonth = `${today.slice(0, 7)}-01`;
  const last = [`${to.slice(0, 7)}-01`, thisMonth].sort()[0]!;
  if (byWeek || first >= last) return loadRollups(stores, from, to);
  const parts = await Promise.all([
    from < first ? loadRollups(stores, from, first) : [],
    loadMonths(stores, first, last),
    last < to ? loadRollups(stores, last, to) : [],
  ]);
  return parts.flat();
};

export type ActivityReport = { from: string; to: string; groupBy: string; rows: ActivityRow[]; totals: ActivityRow };

export const activityReport = async (deps: Deps, caller: Caller, input: unknown): Promise<ActivityReport> => {
  const stores = requireInsight(deps);
  const query = parseInput(ActivityQuery, input);
  const [rollups, directory] = await Promise.all([loadPeriod(stores, query.from, query.to, dayOf(deps.clock.now()), query.groupBy === 'week'), stores.activity.reps()]);
  const reps = new Map(directory.map((r) => [r.id, r]));
  // Counts name no tier, so tier visibility is not at stake; a rep's activity is.
  const allowed = repScope(caller, reps);
  const wanted = query.rep === 'me' ? caller.userId : query.rep;
  if (wanted && !allowed(wanted)) throw new DomainError('REPORT.FORBIDDEN', 'forbidden', "You may not read this rep's activity.");
  const { rows, totals } = summarizeActivity(rollups, {
    group: query.groupBy,
    today: dayOf(deps.clock.now()),
    includes: (rep) => allowed(rep) && (!wanted || rep === wanted),
    teamsOf: (rep) => (reps.get(rep)?.teams.length ? reps.get(rep)!.teams : ['(none)']),
    nameOf: (rep, fallback) => reps.get(rep)?.name ?? fallback,
  });
  return { from: query.from, to: query.to, groupBy: query.groupBy, rows, totals };
};
