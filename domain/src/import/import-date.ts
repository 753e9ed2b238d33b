/** A time of day after a date, as CRMs export it: "10:12", "10:12:05", "T10:12:05.000Z", "T10:12+01:00", "10:12 AM". */
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s?[AP]M)?\s?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const FRENCH = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`, 'i');
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`, 'i');

/**
 * A calendar date as exports write it: French dd/mm/yyyy (also with - or .), or ISO yyyy-mm-dd,
 * either followed by a time (HubSpot's "2021-03-04 10:12", Salesforce's "2021-03-04T10:12:00.000Z",
 * Pipedrive's "2021-03-04 10:12:05"). Facts and creation dates are kept by day: the date as written
 * is the day, the time is dropped. Undefined when it is not a real date (31/02/2021).
 */
export const parseImportDate = (text: string): string | undefined => {
  const trimmed = text.trim();
  const french = FRENCH.exec(trimmed);
  const iso = ISO.exec(trimmed);
  const [year, month, day] = french ? [french[3], french[2], french[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return undefined;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return valid ? date.toISOString().slice(0, 10) : undefined;
};

/** A calendar date as the instant facts and interactions carry (midnight UTC, with its offset). */
export const dateInstant = (date: string): string => `${date}T00:00:00Z`;
