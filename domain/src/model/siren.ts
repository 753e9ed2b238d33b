/**
 * SIREN (9 digits) and SIRET (14 digits: the SIREN and a 5-digit establishment number) carry a Luhn
 * check digit, and a SIRET's first nine digits must be a valid SIREN. La Poste is the documented
 * exception: its establishments (SIREN 356000000) have a digit sum that is a multiple of 5 instead,
 * all but its head office, which keeps the Luhn key (the rule INSEE states and python-stdnum applies).
 */
export const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

const digitSum = (digits: string): number => [...digits].reduce((sum, d) => sum + Number(d), 0);

export const compactDigits = (value: string): string => value.replace(/[\s.\u00a0-]/g, '');

export const isValidSiren = (value: string): boolean => /^\d{9}$/.test(value) && luhnValid(value);

/** Whether the establishment's own key holds: La Poste's rule for its establishments, Luhn for every other. */
const establishmentKeyValid = (value: string): boolean =>
  value.startsWith(LA_POSTE_SIREN) && value !== LA_POSTE_HEAD_OFFICE ? digitSum(value) % 5 === 0 : luhnValid(value);

export const isValidSiret = (value: string): boolean =>
  /^\d{14}$/.test(value) && establishmentKeyValid(value) && isValidSiren(sirenOfSiret(value));

export const sirenOfSiret = (siret: string): string => siret.slice(0, 9);
