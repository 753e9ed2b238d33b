import { normalizePhoneE164 } from './normalize-phone';

describe('normalizePhoneE164', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+330612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['01 56 73 40 67 poste 214', '+33156734067'],
    ['0590 12 34 56', '+590590123456'],
    ['0692 12 34 56', '+262692123456'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('reads %s as %s', (raw, expected) => {
    expect(normalizePhoneE164(raw)).toBe(expected);
  });

  it('reads national numbers in the given country', () => {
    expect(normalizePhoneE164('02 123 45 67', 'BE')).toBe('+3221234567');
    expect(normalizePhoneE164('020 7946 0958', 'GB')).toBe('+442079460958');
  });

  it.each(['', 'n/a', '12', '06 12 34', '+33 6 12 34 56 78 90', '1234567890'])('rejects %p', (raw) => {
    expect(normalizePhoneE164(raw)).toBeUndefined();
  });
});
