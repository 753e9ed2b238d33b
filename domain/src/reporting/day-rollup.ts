import type { RepDay } from './rep-day';

/** One rep's figures for one day, derived from their day's events. */
export type RepCounts = {
  name: string;
  interactions: number;
  inbound: number;
  outbound: number;
  meetings: number;
  /** `inbound:email` → count. */
  media: Record<string, number>;
  tasksCreated: number;
  tasksDone: number;
  tasksDue: number;
  tasksDoneOnTime: number;
  newTiers: number;
  prospectToClient: number;
};

/** Every rep's figures for one day (or, summed, one month: `day` is then `YYYY-MM`): what a report reads instead of the events. */
export type DayRollup = { day: string; reps: Record<string, RepCounts> };

/** Meeting-like media: what the reports call meetings. */
export const meetingMedia: readonly string[] = ['meeting', 'face-to-face', 'event'];

export const emptyCounts = (name: string): RepCounts => ({
  name, interactions: 0, inbound: 0, outbound: 0, meetings: 0, media: {},
  tasksCreated: 0, tasksDone: 0, tasksDue: 0, tasksDoneOnTime: 0, newTiers: 0, prospectToClient: 0,
});

export const countRepDay = (row: RepDay): RepCounts => {
  const counts = emptyCounts(row.repName);
  for (const code of Object.values(row.events)) {
    if (code.startsWith('i:')) {
      const [, direction, medium] = code.split(':') as [string, string, string];
      counts.interactions += 1;
      if (direction === 'inbound') counts.inbound += 1;
      else counts.outbound += 1;
      if (meetingMedia.includes(medium)) counts.meetings += 1;
      counts.media[`${direction}:${medium}`] = (counts.media[`${direction}:${medium}`] ?? 0) + 1;
    } else if (code === 'tc') counts.tasksCreated += 1;
    else if (code === 'td') counts.tasksDone += 1;
    else if (code === 'du') counts.tasksDue += 1;
    else if (code === 'dt') counts.tasksDoneOnTime += 1;
    else if (code === 'nt') counts.newTiers += 1;
    else if (code === 'pc') counts.prospectToClient += 1;
  }
  return counts;
};

/** The sum of several days' rollups under one key (a month `YYYY-MM`): what a report of whole months reads. */
export const sumRollups = (key: string, rollups: readonly DayRollup[]): DayRollup => {
  const reps: Record<string, RepCounts> = {};
  for (const rollup of rollups)
    for (const [rep, c] of Object.entries(rollup.reps)) {
      const sum = (reps[rep] ??= emptyCounts(c.name));
      sum.name = c.name;
      for (const field of ['interactions', 'inbound', 'outbound', 'meetings', 'tasksCreated', 'tasksDone', 'tasksDue', 'tasksDoneOnTime', 'newTiers', 'prospectToClient'] as const)
        sum[field] += c[field];
      for (const [code, n] of Object.entries(c.media)) sum.media[code] = (sum.media[code] ?? 0) + n;
    }
  return { day: key, reps };
};

export const rollUp = (day: string, rows: readonly RepDay[]): DayRollup => ({
  day,
  reps: Object.fromEntries(rows.filter((r) => Object.keys(r.events).length > 0).map((r) => [r.rep, countRepDay(r)])),
});
