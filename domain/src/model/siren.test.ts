import { isValidSiren, isValidSiret, sirenOfSiret } from './siren';

describe('SIREN and SIRET check digits', () => {
  it('accepts real SIRENs and refuses a changed digit', () => {
    expect(isValidSiren('552081317')).toBe(true); // EDF
    expect(isValidSiren('552081318')).toBe(false);
    expect(isValidSiren('55208131')).toBe(false);
    expect(isValidSiren('55208131A')).toBe(false);
  });

  it('accepts a SIRET by the Luhn key and refuses a changed digit', () => {
    expect(isValidSiret('55208131766522')).toBe(true);
    expect(isValidSiret('55208131766523')).toBe(false);
    expect(sirenOfSiret('55208131766522')).toBe('552081317');
  });

  it('refuses a SIRET whose Luhn key holds but whose first nine digits are not a valid SIREN', () => {
    expect(isValidSiren('552081318')).toBe(false);
    expect(isValidSiret('55208131800008')).toBe(false);
  });

  it('applies La Poste’s rule to its establishments: digit sum a multiple of 5, the Luhn key not enough', () => {
    expect(isValidSiret('35600000000001')).toBe(true); // digit sum 15, Luhn would refuse it
    expect(isValidSiret('35600000000011')).toBe(false); // digit sum 16, not Luhn either
    expect(isValidSiret('35600000000014')).toBe(false); // Luhn holds, digit sum 19
  });

  it('keeps the Luhn key for La Poste’s head office', () => {
    expect(isValidSiret('35600000000048')).toBe(true); // digit sum 26, Luhn holds
  });
});
