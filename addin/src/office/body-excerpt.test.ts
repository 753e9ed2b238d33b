import { bodyExcerpt } from './body-excerpt';

describe('bodyExcerpt', () => {
  it('tidies whitespace: lines trimmed, spaces collapsed, blank runs reduced to one blank line', () => {
    expect(bodyExcerpt('\r\n  Bonjour   Jean, \r\n\r\n\r\n\r\n\tMerci\u00a0 pour  tout.\n\n')).toBe(
      'Bonjour Jean,\n\nMerci pour tout.',
    );
  });

  it('leaves a short body whole, without an ellipsis', () => {
    expect(bodyExcerpt('Court message.')).toBe('Court message.');
    expect(bodyExcerpt('x'.repeat(500))).toBe('x'.repeat(500));
  });

  it('cuts a long body at a word boundary near the limit, with an ellipsis', () => {
    const excerpt = bodyExcerpt('alpha '.repeat(200));
    expect(excerpt.length).toBeLessThanOrEqual(500);
    expect(excerpt.length).toBeGreaterThan(400);
    expect(excerpt).toMatch(/alpha…$/);
  });

  it('cuts a body without spaces at the limit', () => {
    expect(bodyExcerpt('y'.repeat(2000))).toBe(`${'y'.repeat(499)}…`);
  });

  it('never splits an emoji or a combined character', () => {
    const family = '👩‍👩‍👧';
    const excerpt = bodyExcerpt(family.repeat(600), 10);
    expect(excerpt).toBe(`${family.repeat(9)}…`);
  });

  it('handles an empty body and a very large one', () => {
    expect(bodyExcerpt('')).toBe('');
    expect(bodyExcerpt(`${'\n'.repeat(100_000)}début ${'z'.repeat(1_000_000)}`)).toMatch(/^début z+…$/);
  });
});
