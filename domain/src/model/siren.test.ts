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

  it('applies the La Poste exception: digit sum divisible by 5', () => {
    expect(isValidSiret('35600000000010')).toBe(true); // digit sum 15, Luhn would refuse it
    expect(isValidSiret('35600000000011')).toBe(false); // digit sum 16, not Luhn either
  });
});
