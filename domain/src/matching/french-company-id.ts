/**
 * SIREN (company, 9 digits) and SIRET (establishment: SIREN + 5-digit NIC) as the matcher reads
 * them. Both end with a Luhn check digit, except La Poste's SIRETs (digit sum divisible by 5).
 */
const LA_POSTE_SIREN = '356000000';

const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
};

const digitsOf = (raw: string | undefined): string => (raw ?? '').replace(/[\s.\u00a0-]/g, '');

export const isValidSiren = (siren: string): boolean => /^\d{9}$/.test(siren) && luhnValid(siren);

export const isValidSiret = (siret: string): boolean => {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) return [...siret].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  return luhnValid(siret);
};

export type CompanyIdentity = { siren: string; valid: boolean; siret?: string };

/**
 * The company an organisation profile designates, from its SIREN or else its SIRET's first nine
 * digits. A SIRET whose NIC is mistyped still designates a valid company.
 */
export const companyIdentity = (sirenRaw?: string, siretRaw?: string): CompanyIdentity | undefined => {
  // People paste a SIRET in the SIREN field and the reverse: the length says which it is.
  const numbers = [digitsOf(sirenRaw), digitsOf(siretRaw)];
  const siret = numbers.find((n) => /^\d{14}$/.test(n));
  const siren = numbers.find((n) => /^\d{9}$/.test(n)) ?? siret?.slice(0, 9);
  if (!siren) return undefined;
  return { siren, valid: isValidSiren(siren), ...(siret ? { siret } : {}) };
};

/** "55208131700012" → "552 081 317 00012", the way INSEE prints them. */
export const formatSiren = (digits: string): string =>
  digits.length === 14
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : digits.replace(/(\d{3})(?=\d)/g, '$1 ');
