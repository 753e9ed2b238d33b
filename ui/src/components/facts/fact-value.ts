import type { TFunction } from 'i18next';

/** A fact's value in words: the lifecycle is translated, other values are shown as recorded. */
export const factValueText = (name: string, value: string | number | boolean, t: TFunction): string =>
  name === 'lifecycle' && typeof value === 'string'
    ? t(`common:lifecycle.${value}`, { defaultValue: value })
    : String(value);
