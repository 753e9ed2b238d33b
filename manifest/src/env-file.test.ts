import { parseEnvFile } from './env-file';

describe('env file', () => {
  it('reads NAME=value lines, skipping comments and blank lines, removing quotes and trailing comments', () => {
    const env = parseEnvFile(
      [
        '# comment',
        '',
        'A=1',
        'export B = two',
        'C="quoted # kept"',
        "D='single'",
        'E=value # note',
        'F=',
      ].join('\n'),
    );
    expect(env).toEqual({ A: '1', B: 'two', C: 'quoted # kept', D: 'single', E: 'value', F: '' });
  });

  it('names the line that is not NAME=value', () => {
    expect(() => parseEnvFile('A=1\nnot a pair')).toThrow(
      'Line 2 of the env file is not NAME=value: not a pair',
    );
  });
});
