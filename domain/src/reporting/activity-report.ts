import { isoWeek } from '../scoring/calendar-day';
import type { DayRollup, RepCounts } from './day-rollup';

export type ReportGroup = 'rep' | 'team' | 'medium' | 'direction' | 'week';

export type ActivityRow = {
  key: string;
  label: string;
  interactions: number;
  inbound: number;
  outbound: number;
  meetings: number;
  tasksCreated: number;
  tasksDone: number;
  /** Follow-ups due in the period (before today) and not done by their due day. */
  tasksOverdue: number;
  newTiers: number;
  prospectToClient: number;
};

export type ReportScope = {
  group: ReportGroup;
  today: string;
  /** The reps whose figures count. */
  includes: (rep: string) => boolean;
  teamsOf: (rep: string) => string[];
  nameOf: (rep: string, fallback: string) => string;
};

const emptyRow = (key: string, label: string): ActivityRow => ({
  key, label, interactions: 0, inbound: 0, outbound: 0, meetings: 0, tasksCreated: 0, tasksDone: 0, tasksOverdue: 0, newTiers: 0, prospectToClient: 0,
});

const addCounts = (row: ActivityRow, c: RepCounts, overdue: number): void => {
  row.interactions += c.interactions;
  row.inbound += c.inbound;
  row.outbound += c.outbound;
  row.meetings += c.meetings;
  row.tasksCreated += c.tasksCreated;
  row.tasksDone += c.tasksDone;
  row.tasksOverdue += overdue;
  row.newTiers += c.newTiers;
  row.prospectToClient += c.prospectToClient;
};

/** Adds one medium's (or one direction's) interactions: tasks and tiers are not by medium. */
const addInteractions = (row: ActivityRow, direction: string, medium: string, n: number): void => {
  row.interactions += n;
  if (direction === 'inbound') row.inbound += n;
  else row.outbound += n;
  if (['meeting', 'face-to-face', 'event'].includes(medium)) row.meetings += n;
};

/** Sums daily rollups into report rows, grouped as asked; a rep in two teams counts in both. */
export const summarizeActivity = (rollups: readonly DayRollup[], scope: ReportScope): { rows: ActivityRow[]; totals: ActivityRow } => {
  const rows = new Map<string, ActivityRow>();
  const totals = emptyRow('total', 'total');
  const row = (key: string, label: string) => rows.get(key) ?? rows.set(key, emptyRow(key, label)).get(key)!;
  for (const rollup of rollups)
    for (const [rep, counts] of Object.entries(rollup.reps)) {
      if (!scope.includes(rep)) continue;
      const overdue = rollup.day < scope.today ? Math.max(0, counts.tasksDue - counts.tasksDoneOnTime) : 0;
      addCounts(totals, counts, overdue);
      if (scope.group === 'rep') addCounts(row(rep, scope.nameOf(rep, counts.name)), counts, overdue);
      else if (scope.group === 'week') addCounts(row(isoWeek(rollup.day), isoWeek(rollup.day)), counts, overdue);
      else if (scope.group === 'team') for (const team of scope.teamsOf(rep)) addCounts(row(team, team), counts, overdue);
      else
        for (const [code, n] of Object.entries(counts.media)) {
          const [direction, medium] = code.split(':') as [string, string];
          const key = scope.group === 'medium' ? medium : direction;
          addInteractions(row(key, key), direction, medium, n);
        }
    }
  const ordered = [...rows.values()].sort((a, b) => (scope.group === 'week' ? a.key.localeCompare(b.key) : b.interactions - a.interactions || a.key.localeCompare(b.key)));
  return { rows: ordered, totals };
};
