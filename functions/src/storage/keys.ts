/**
 * Table keys may not hold `/ \ # ?` or control characters; `%` is escaped first so the encoding is
 * reversible and two different values never share a key.
 */
export const encodeKey = (value: string): string =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[%/\\#?\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

export const decodeKey = (key: string): string => key.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const MAX_MS = 9_999_999_999_999;

/** Newest first in a partition: RowKeys sort ascending, so time is stored inverted and zero-padded. */
export const invertedTime = (iso: string): string => String(MAX_MS - Date.parse(iso)).padStart(13, '0');
export const sortableTime = (iso: string): string => String(Date.parse(iso)).padStart(13, '0');

/** The first string after every string starting with `prefix`, for range queries. */
export const prefixEnd = (prefix: string): string =>
  prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
