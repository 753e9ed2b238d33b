import type { Direction, Medium } from '../model/interaction.schema';

/**
 * What a rep did on one day, as a set of events keyed by what they are about (`i~<interaction>`,
 * `tc~<task>`…). A set, not counters: recording an event twice changes nothing, so a retried
 * fan-out never double counts, and a task moved to another due day leaves the old day cleanly.
 */
export type RepDay = { day: string; rep: string; repName: string; events: Record<string, string> };

export type ActivityEvent =
  | { kind: 'interaction'; id: string; direction: Direction; medium: Medium }
  | { kind: 'task-created' | 'task-done' | 'task-due' | 'task-done-on-time'; id: string }
  | { kind: 'new-tier'; id: string }
  | { kind: 'prospect-to-client'; id: string; at: string };

const short = (id: string): string => id.slice(0, 16);

const codes = { 'task-created': 'tc', 'task-done': 'td', 'task-due': 'du', 'task-done-on-time': 'dt', 'new-tier': 'nt', 'prospect-to-client': 'pc' } as const;

/** The event's key in the day's set and its code (what it counts as). */
export const eventEntry = (event: ActivityEvent): [key: string, code: string] => {
  if (event.kind === 'interaction') return [`i~${short(event.id)}`, `i:${event.direction}:${event.medium}`];
  if (event.kind === 'prospect-to-client') return [`pc~${short(event.id)}~${event.at}`, 'pc'];
  return [`${codes[event.kind]}~${short(event.id)}`, codes[event.kind]];
};

export type DayChange = { add?: ActivityEvent[]; remove?: ActivityEvent[] };

/** Applies a change; undefined when it changes nothing (no write needed). */
export const changeRepDay = (row: RepDay, change: DayChange): RepDay | undefined => {
  const events = { ...row.events };
  let changed = false;
  for (const event of change.add ?? []) {
    const [key, code] = eventEntry(event);
    if (events[key] === code) continue;
    events[key] = code;
    changed = true;
  }
  for (const event of change.remove ?? []) {
    const [key] = eventEntry(event);
    if (!(key in events)) continue;
    delete events[key];
    changed = true;
  }
  return changed ? { ...row, events } : undefined;
};
