/**
 * Retention is counted in calendar days: an expiry is a day ("Expire le 12/03/2027"), compared as
 * a UTC calendar date so the same data gives the same answer on every server.
 */
export type CalendarDay = string; // 2027-03-12

export const instantOf = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date: ${iso}`);
  return ms;
};

export const dayOf = (iso: string | number): CalendarDay =>
  new Date(typeof iso === 'number' ? iso : instantOf(iso)).toISOString().slice(0, 10);

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** 29 February plus one year is 28 February: the period never runs past the anniversary month. */
export const addYears = (day: CalendarDay, years: number): CalendarDay => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const date = m === 2 && d === 29 && !isLeap(year) ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const formatDay = (day: CalendarDay, lang: 'fr' | 'en'): string => {
  const [y, m, d] = day.split('-') as [string, string, string];
  return lang === 'fr' ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
};
