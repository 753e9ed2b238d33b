/** Valid SIRENs and SIRETs for tests (Luhn check digit), derived from a number so tests never share one. */
const luhnDigit = (body: string): string => {
  for (let d = 0; d <= 9; d += 1) {
    const digits = `${body}${d}`;
    let sum = 0;
    for (let i = 0; i < digits.length; i += 1) {
      let v = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
      sum += v;
    }
    if (sum % 10 === 0) return String(d);
  }
  throw new Error('unreachable');
};

export const sirenFrom = (n: number): string => {
  const body = String(10_000_000 + (n % 89_999_999)).padStart(8, '0');
  return `${body}${luhnDigit(body)}`;
};

export const siretOf = (siren: string, establishment: number): string => {
  const body = `${siren}${String(establishment).padStart(4, '0')}`;
  return `${body}${luhnDigit(body)}`;
};

/** A number per test run, so two runs against one store never collide either. */
export const runSeed = (): number => Math.floor(Date.now() % 1_000_000) * 37 + Math.floor(Math.random() * 1000);
