/**
 * Calendar days as `YYYY-MM-DD` strings. An interaction's day is the date written in its own
 * `occurredAt` (the rep's local day), so a call at 00:30 in Paris counts on the day the rep lived it.
 */
const DAY_MS = 86_400_000;

export const dayOf = (iso: string): string => iso.slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.floor((Date.parse(dayOf(to)) - Date.parse(dayOf(from))) / DAY_MS);

export const addDays = (day: string, days: number): string => new Date(Date.parse(dayOf(day)) + days * DAY_MS).toISOString().slice(0, 10);

/** True when the string is a real calendar date (not 2025-02-30). */
export const isCalendarDay = (day: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

/** The last instant of a day, for "the state on that day" (changes made that day count). */
export const endOfDay = (day: string): string => `${dayOf(day)}T23:59:59.999Z`;

/** ISO 8601 week, `2026-W47`: reports group by it. */
export const isoWeek = (day: string): string => {
  const date = new Date(`${dayOf(day)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / DAY_MS - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
};

/** Every day of [from, to), in order. */
export const daysIn = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let day = dayOf(from); day < dayOf(to); day = addDays(day, 1)) days.push(day);
  return days;
};
