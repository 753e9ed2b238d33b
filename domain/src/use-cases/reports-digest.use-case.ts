import { z } from 'zod';
import { canSee } from '../access/visibility';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import { hasRole, type Caller } from '../model/caller';
import { IsoDate, Language } from '../model/common.schema';
import type { Deps } from '../ports/deps';
import type { ActivityRow } from '../reporting/activity-report';
import { addDays, dayOf, isoWeek } from '../scoring/calendar-day';
import { describeReason } from '../scoring/describe-reason';
import { guardOf } from '../scoring/tier-insight';
import { activityReport } from './reports.use-case';
import { scoreRules, scoresOf } from './scores.use-case';

export type DigestTier = { tierId: string; name: string; risk: number; reason: string | null };

/** A manager's week: the team's activity by rep, against the week before, and the tiers most at risk. */
export type WeeklyDigest = {
  week: string;
  from: string;
  to: string;
  teams: string[];
  totals: ActivityRow;
  previousTotals: ActivityRow;
  reps: ActivityRow[];
  atRisk: DigestTier[];
};

export const DigestQuery = z.object({ day: IsoDate.optional(), lang: Language.default('fr') }).strict();

const AT_RISK = 5;
const RISK_THRESHOLD = 50;

/** Monday of the week before `day`'s week: the digest speaks of the last whole week. */
const lastWeekStart = (day: string): string => {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday - 7);
};

/**
 * The data of the weekly digest card for a manager (the bot sends it on Mondays): what their teams
 * did last week, compared with the week before, and their riskiest tiers with the main reason.
 */
export const weeklyDigest = async (deps: Deps, caller: Caller, input: unknown = {}): Promise<WeeklyDigest> => {
  if (!hasRole(caller, 'manager', 'admin')) throw new DomainError('REPORT.FORBIDDEN', 'forbidden', 'The weekly digest is for managers.');
  const query = parseInput(DigestQuery, input);
  const from = lastWeekStart(query.day ?? dayOf(deps.clock.now()));
  const to = addDays(from, 7);
  const [current, previous] = await Promise.all([
    activityReport(deps, caller, { from, to, groupBy: 'rep' }),
    activityReport(deps, caller, { from: addDays(from, -7), to: from, groupBy: 'rep' }),
  ]);
  const rules = await scoreRules(deps);
  const now = deps.clock.now();
  const atRisk: (DigestTier & { order: number })[] = [];
  for await (const insights of deps.insight!.summaries.scanAll())
    for (const insight of insights) {
      const ours = hasRole(caller, 'admin') || caller.teams.includes(insight.ownerTeam);
      if (!ours || insight.status !== 'active' || !canSee(caller, guardOf(insight))) continue;
      const risk = scoresOf(deps, insight, rules, now).risk;
      if (risk.value < RISK_THRESHOLD) continue;
      const top = risk.contributions[0];
      atRisk.push({ tierId: insight.tierId, name: insight.name, risk: risk.value, reason: top ? describeReason(top.reason, query.lang) : null, order: -risk.value });
      atRisk.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)).splice(AT_RISK);
    }
  return {
    week: isoWeek(from), from, to, teams: caller.teams, totals: current.totals, previousTotals: previous.totals, reps: current.rows,
    atRisk: atRisk.map(({ order: _order, ...tier }) => tier),
  };
};
