/**
 * SIREN (9 digits) and SIRET (14 digits) carry a Luhn check digit. La Poste's establishments are the
 * one documented exception: SIREN 356000000, whose SIRETs instead have a digit sum divisible by 5.
 */
const LA_POSTE_SIREN = '356000000';

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

export const compactDigits = (value: string): string => value.replace(/[\s.\u00a0-]/g, '');

export const isValidSiren = (value: string): boolean => /^\d{9}$/.test(value) && luhnValid(value);

export const isValidSiret = (value: string): boolean => {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...value].reduce((sum, d) => sum + Number(d), 0);
    return digitSum % 5 === 0 || luhnValid(value);
  }
  return luhnValid(value);
};

export const sirenOfSiret = (siret: string): string => siret.slice(0, 9);
