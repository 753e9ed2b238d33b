import { isValidSiren, isValidSiret } from '../model/siren';

/** SIREN (company, 9 digits) and SIRET (establishment: SIREN + 5-digit NIC) as the matcher reads them. */
const digitsOf = (raw: string | undefined): string => (raw ?? '').replace(/[\s.\u00a0-]/g, '');

export type CompanyIdentity = { siren: string; valid: boolean; siret?: string };

/**
 * The company an organisation profile designates, from its SIREN or else its SIRET's first nine
 * digits. A SIRET whose NIC is mistyped still designates a valid company, but is no establishment:
 * only a SIRET that passes its own check (La Poste's rule included) is kept as one.
 */
export const companyIdentity = (sirenRaw?: string, siretRaw?: string): CompanyIdentity | undefined => {
  // People paste a SIRET in the SIREN field and the reverse: the length says which it is.
  const numbers = [digitsOf(sirenRaw), digitsOf(siretRaw)];
  const siret = numbers.find((n) => /^\d{14}$/.test(n));
  const siren = numbers.find((n) => /^\d{9}$/.test(n)) ?? siret?.slice(0, 9);
  if (!siren) return undefined;
  return { siren, valid: isValidSiren(siren), ...(siret && isValidSiret(siret) ? { siret } : {}) };
};

/** "55208131700012" → "552 081 317 00012", the way INSEE prints them. */
export const formatSiren = (digits: string): string =>
  digits.length === 14
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : digits.replace(/(\d{3})(?=\d)/g, '$1 ');
