/**
 * A calendar date as French exports write it (dd/mm/yyyy, also with - or .), or ISO (yyyy-mm-dd),
 * as yyyy-mm-dd; undefined when it is not a real date (31/02/2021).
 */
export const parseLegacyDate = (text: string): string | undefined => {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return valid ? date.toISOString().slice(0, 10) : undefined;
};

/** A calendar date as the instant facts and interactions carry (midnight UTC, with its offset). */
export const dateInstant = (date: string): string => `${date}T00:00:00Z`;
