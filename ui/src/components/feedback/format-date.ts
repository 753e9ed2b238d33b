/**
 * Dates as the reader expects them in their language. Calendar dates (`2026-11-25`) are formatted
 * without a time zone so they never slip a day; date-times keep their instant.
 */
export const formatDay = (isoDate: string, lang: string): string => {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
};

export const formatDateTime = (iso: string, lang: string): string => {
  const at = Date.parse(iso);
  return Number.isNaN(at)
    ? iso
    : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
};

/** `2024-03` → "Mar 2024" / "mars 2024": relations are read "since March 2024". */
export const formatMonth = (isoDate: string, lang: string): string => {
  const [y, m] = isoDate.split('-').map(Number);
  if (!y || !m) return isoDate;
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
};

/** The local calendar date of an instant, `YYYY-MM-DD`: what "today" means to the rep. */
export const localDay = (at: Date = new Date()): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
