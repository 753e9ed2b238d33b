import { COMMON_WORD_COUNT, wordWeight } from './word-weights';

const base = (counts: Record<string, number>) => (word: string) => counts[word];

describe('wordWeight', () => {
  it('gives a word no other organisation holds its full weight, and less the more hold it', () => {
    const frequencies = base({ michelin: 1, dupont: 5, martin: 120, transports: COMMON_WORD_COUNT });
    const weights = ['michelin', 'dupont', 'martin', 'transports'].map((w) => wordWeight(w, frequencies));
    expect(weights[0]).toBe(1);
    expect(weights[1]).toBeCloseTo(1 - Math.log(5) / Math.log(1000), 6);
    expect(weights[1]!).toBeGreaterThan(weights[2]!);
    expect(weights[2]!).toBeGreaterThan(weights[3]!);
    expect(weights[3]).toBe(0.1);
  });

  it('moves a weight only a little when a count is a little stale', () => {
    const now = wordWeight('martin', base({ martin: 100 }));
    const stale = wordWeight('martin', base({ martin: 110 }));
    expect(Math.abs(now - stale)).toBeLessThan(0.015);
  });

  it('weighs qualifiers little and territories half whatever the base, and every word fully without counts', () => {
    expect(wordWeight('generale')).toBe(0.15);
    expect(wordWeight('international', base({ international: 1 }))).toBe(0.15);
    expect(wordWeight('france')).toBe(0.5);
    expect(wordWeight('michelin')).toBe(1);
    expect(wordWeight('michelin', base({}))).toBe(1);
  });
});
