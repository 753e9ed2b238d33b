import type { TFunction } from 'i18next';
import { formatMonth } from '../feedback/format-date';

/** "since Mar 2024", "Feb 2019 → Aug 2023", "until Aug 2023": a relation's period in words. */
export const relationPeriod = (
  r: { startDate: string | null; endDate: string | null },
  t: TFunction,
  lang: string,
): string => {
  const from = r.startDate && formatMonth(r.startDate, lang);
  const to = r.endDate && formatMonth(r.endDate, lang);
  if (from && to) return t('card.period', { from, to });
  if (from) return t('card.since', { date: from });
  if (to) return t('card.until', { date: to });
  return '';
};
