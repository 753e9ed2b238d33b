import type { TFunction } from 'i18next';
import { addressLines } from './format-identity';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const one = (path: string, value: unknown, t: TFunction): string => {
  if (value === undefined || value === null || value === '') return t('card.emptyValue');
  if (typeof value === 'boolean') return value ? t('card.yes') : t('card.no');
  if (typeof value === 'string' && (path === 'lifecycle' || path === 'facts.lifecycle'))
    return t(`common:lifecycle.${value}`, { defaultValue: value });
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isRecord(value)) {
    if (path === 'addresses') return addressLines(value).join(', ');
    if (path === 'phones' && typeof value.number === 'string') return value.number;
    if (path === 'names' && typeof value.value === 'string')
      return `${value.value} (${t(`card.names.${String(value.type)}`, { defaultValue: String(value.type) })})`;
  }
  return JSON.stringify(value);
};

/** A proposed or current value in words: addresses as envelope lines, lists joined, lifecycles translated. */
export const changeValueText = (path: string, value: unknown, t: TFunction): string =>
  Array.isArray(value)
    ? value.length === 0
      ? t('card.emptyValue')
      : value.map((v) => one(path, v, t)).join(' ; ')
    : one(path, value, t);
