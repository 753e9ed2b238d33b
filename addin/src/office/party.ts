import type { OfficeEmailAddress } from './office-api';
import type { Party } from './outlook-item';

// Invisible characters that sneak into display names (bidi marks and isolates, zero-width
// space, BOM) and control characters. ZWJ and ZWNJ stay: emoji and Persian names need them.
const INVISIBLE = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const ENCLOSING_QUOTES = /^(["'])(.*)\1$/su;

const text = (value: string | null | undefined): string => (typeof value === 'string' ? value : '');

export const cleanDisplayName = (displayName: string): string => {
  const visible = displayName.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return visible.replace(ENCLOSING_QUOTES, '$2').trim();
};

/** Office's address to a Party; undefined when there is neither an address nor a name. */
export const toParty = (address: OfficeEmailAddress | null | undefined): Party | undefined => {
  if (typeof address !== 'object' || address === null) return undefined;
  const emailAddress = text(address.emailAddress).replace(INVISIBLE, '').trim();
  const displayName = cleanDisplayName(text(address.displayName));
  return emailAddress === '' && displayName === '' ? undefined : { emailAddress, displayName };
};

export const toParties = (addresses: OfficeEmailAddress[] | null | undefined): Party[] =>
  Array.isArray(addresses) ? addresses.map(toParty).filter((party) => party !== undefined) : [];
