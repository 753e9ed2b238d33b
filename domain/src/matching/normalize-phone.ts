/** Calling code and national trunk prefix of the countries whose national format we accept. */
const COUNTRIES: Record<string, { code: string; trunk: string }> = {
  FR: { code: '33', trunk: '0' },
  BE: { code: '32', trunk: '0' },
  CH: { code: '41', trunk: '0' },
  LU: { code: '352', trunk: '' },
  MC: { code: '377', trunk: '' },
  DE: { code: '49', trunk: '0' },
  ES: { code: '34', trunk: '' },
  IT: { code: '39', trunk: '' },
  GB: { code: '44', trunk: '0' },
  NL: { code: '31', trunk: '0' },
  US: { code: '1', trunk: '1' },
  CA: { code: '1', trunk: '1' },
};

/**
 * French overseas departments share the national 0 prefix but have their own calling code:
 * 0590… is +590 590…, 0692… is +262 692…
 */
const FRENCH_OVERSEAS: [RegExp, string][] = [
  [/^(590|690|691)/, '590'],
  [/^(594|694)/, '594'],
  [/^(596|696|697)/, '596'],
  [/^(262|263|269|639|692|693)/, '262'],
];

const frenchNational = (national: string): string => {
  const overseas = FRENCH_OVERSEAS.find(([prefix]) => prefix.test(national));
  return `+${overseas ? overseas[1] : '33'}${national}`;
};

/** E.164 allows at most 15 digits; fewer than 8 is never a reachable number. */
const e164 = (digits: string): string | undefined => (/^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined);

/**
 * The E.164 form of a phone number typed by a person ("06 12 34 56 78" → "+33612345678"), or
 * undefined when it cannot be one. Separators, "(0)" after a country code and extensions are
 * dropped; a national number is read in the default country. This is a normaliser for matching,
 * not a full numbering-plan validator.
 */
export const normalizePhoneE164 = (raw: string, defaultCountry = 'FR'): string | undefined => {
  const withoutExtension = raw.split(/(?:ext\.?|poste|x)\s*\d+\s*$/i)[0];
  if (/[a-z]/i.test(withoutExtension)) return undefined;
  const trimmed = withoutExtension.trim().replace(/\(0\)/g, '');
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  const digits = trimmed.replace(/[\s().\-/\u00a0]/g, '').replace(/^\+|^00/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  if (international) {
    if (digits.startsWith('33')) {
      const national = digits.slice(2).replace(/^0/, '');
      return national.length === 9 ? frenchNational(national) : undefined;
    }
    return e164(digits);
  }
  const country = COUNTRIES[defaultCountry.toUpperCase()];
  if (!country) return undefined;
  if (country.code === '33') {
    return /^0[1-9]\d{8}$/.test(digits) ? frenchNational(digits.slice(1)) : undefined;
  }
  const national = country.trunk && digits.startsWith(country.trunk) ? digits.slice(country.trunk.length) : digits;
  return e164(`${country.code}${national}`);
};
