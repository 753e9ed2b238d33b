import { expandPattern } from './term-pattern';

const formsOf = (pattern: string): string[] => {
  const result = expandPattern(pattern);
  if (!result.ok) throw new Error(result.error);
  return [...result.forms].sort();
};

describe('expandPattern', () => {
  it('reads a one-alternative group as optional', () => {
    expect(formsOf('idiot(e)(s)')).toEqual(['idiot', 'idiote', 'idiotes', 'idiots']);
  });

  it('expands alternatives, multi-word groups and empty alternatives', () => {
    expect(formsOf('arrêt(s) (maladie|de travail)')).toEqual([
      'arrêt de travail',
      'arrêt maladie',
      'arrêts de travail',
      'arrêts maladie',
    ]);
    expect(formsOf('in (the|) hospital')).toEqual(['in hospital', 'in the hospital']);
    expect(formsOf('malad(e|ie)(s)')).toEqual(['malade', 'malades', 'maladie', 'maladies']);
  });

  it('explains what is wrong', () => {
    expect(expandPattern('a(b')).toEqual({ ok: false, error: 'Unclosed group.' });
    expect(expandPattern('a|b')).toEqual({ ok: false, error: 'Unexpected "|" outside a group.' });
    expect(expandPattern('a(b(c))')).toEqual({ ok: false, error: 'Groups cannot nest.' });
  });
});
