import { formatDay } from './calendar-day';
import type { RetentionDecision } from './retention-decision';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The line the client card shows under the tier: when it expires, and why. */
export const describeRetention = (decision: RetentionDecision, lang: 'fr' | 'en' = 'fr'): string => {
  const { expiresAt, expired, rule } = decision;
  const years = decision.years ?? 0;
  if (rule === 'active-client' || expiresAt === null)
    return lang === 'fr'
      ? 'Conservé tant que la relation commerciale dure'
      : 'Kept while the business relationship lasts';
  const date = formatDay(expiresAt, lang);
  if (lang === 'fr') {
    const when = expired ? `Expiré depuis le ${date}` : `Expire le ${date}`;
    const why =
      rule === 'prospect-no-contact'
        ? `prospect sans contact depuis ${plural(years, 'an', 'ans')}`
        : `${plural(years, 'an', 'ans')} après la fin de la relation client`;
    return `${when} : ${why}`;
  }
  const when = expired ? `Expired on ${date}` : `Expires on ${date}`;
  const why =
    rule === 'prospect-no-contact'
      ? `prospect with no contact for ${plural(years, 'year', 'years')}`
      : `${plural(years, 'year', 'years')} after the client relationship ended`;
  return `${when}: ${why}`;
};
