import { foldText } from './fold-text';

/**
 * A city as people write it, reduced to compare equal: "PARIS CEDEX 08", "Paris 8e" and "paris"
 * are one city; "St-Étienne" is "saint etienne".
 */
export const normalizeCity = (raw: string): string =>
  foldText(raw)
    .replace(/\bcedex\b.*$/, ' ')
    .replace(/\b\d+\s*(?:e|er|eme|ème)?\b/g, ' ')
    .replace(/\bste?\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'))
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** A postcode without spaces, upper-cased ("75 011" → "75011"). */
export const normalizePostcode = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

/** The French département of a postcode (Corsica and overseas included), to tell near from far. */
export const departmentOf = (postcode: string): string | undefined => {
  if (!/^\d{5}$/.test(postcode)) return undefined;
  return postcode.startsWith('97') || postcode.startsWith('98') ? postcode.slice(0, 3) : postcode.slice(0, 2);
};
