const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file size as Outlook shows it (binary multiples), in the reader's language: "150 Mo" /
 * "150 MB". Bytes are spelt out ("0 octet", "0 bytes"): the short form reads oddly in English.
 */
export const formatSize = (bytes: number, lang: string): string => {
  if (bytes < 1024)
    return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
};
