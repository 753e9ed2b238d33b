import type { CardText } from './card-text';

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

/** One structured item as a reader writes it: a phone, a name, an address, or its fields. */
const formatItem = (item: Fields): string => {
  if (typeof item.number === 'string') return item.type && item.type !== 'other' ? `${item.number} (${String(item.type)})` : item.number;
  if (typeof item.value === 'string') return item.type ? `${item.value} (${String(item.type)})` : item.value;
  if ('city' in item || 'postcode' in item || 'lines' in item) {
    const lines = Array.isArray(item.lines) ? item.lines.map(String) : [];
    const town = [item.postcode, item.city, item.cedex ? `CEDEX ${String(item.cedex)}` : undefined].filter(Boolean).join(' ');
    return [...lines, item.poBox ? `BP ${String(item.poBox)}` : undefined, town, item.country && item.country !== 'FR' ? item.country : undefined]
      .filter(Boolean)
      .join(', ');
  }
  return Object.entries(item)
    .map(([key, value]) => `${key}: ${formatValue(value)}`)
    .join(', ');
};

/** A field value as card text; lists one item per line. */
export const formatValue = (value: unknown, text?: Pick<CardText, 'yes' | 'no'>): string => {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0) || value === '') return '—';
  if (typeof value === 'boolean') return value ? (text?.yes ?? 'yes') : (text?.no ?? 'no');
  if (Array.isArray(value)) return value.map((v) => formatValue(v, text)).join('\n');
  if (isFields(value)) return formatItem(value);
  return String(value);
};
