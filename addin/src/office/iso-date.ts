const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * ISO 8601 with the local offset (`2025-03-14T09:30:00+01:00`) rather than UTC, so the wall-clock
 * time the rep saw survives; '' for a missing or invalid date.
 */
export const toIsoWithOffset = (date: Date | null | undefined): string => {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  const offsetMinutes = -date.getTimezoneOffset();
  const wallClock = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${wallClock}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
};
