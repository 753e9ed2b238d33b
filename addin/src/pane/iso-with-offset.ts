const pad = (value: number): string => String(value).padStart(2, '0');

/** `2025-03-14T09:30:00+01:00`: the API wants an offset, and the rep's wall-clock time is the one that matters. */
export const isoWithOffset = (date: Date): string => {
  const offset = -date.getTimezoneOffset();
  const wallClock = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const absolute = Math.abs(offset);
  return `${wallClock}${offset < 0 ? '-' : '+'}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
};
