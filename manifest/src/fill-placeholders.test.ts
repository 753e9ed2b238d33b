import {
  MissingVariablesError,
  fillJson,
  fillText,
  findMalformedPlaceholders,
  findPlaceholders,
} from './fill-placeholders';

describe('fill placeholders', () => {
  it('replaces every ${{NAME}} occurrence, tolerating inner spaces', () => {
    expect(fillText('https://${{HOST}}/a and ${{ HOST }}/b', { HOST: 'relais.example.com' })).toBe(
      'https://relais.example.com/a and relais.example.com/b',
    );
  });

  it('lists every missing variable at once, sorted, and treats empty values as missing', () => {
    const fill = () =>
      fillJson(
        { a: '${{ZED}}', b: ['${{ALPHA}}', { c: '${{EMPTY}}' }], d: '${{SET}}' },
        { SET: 'x', EMPTY: '' },
      );
    expect(fill).toThrow(MissingVariablesError);
    expect(fill).toThrow('Missing environment variables for the manifest: ALPHA, EMPTY, ZED');
    try {
      fill();
    } catch (error) {
      expect((error as MissingVariablesError).missing).toEqual(['ALPHA', 'EMPTY', 'ZED']);
    }
  });

  it('fills parsed JSON so values with quotes or backslashes cannot break the document', () => {
    const filled = fillJson(
      { name: 'Relais ${{SUFFIX}}', n: 3, ok: true, nothing: null },
      { SUFFIX: '"dev" \\ test' },
    );
    expect(filled).toEqual({ name: 'Relais "dev" \\ test', n: 3, ok: true, nothing: null });
    expect(JSON.parse(JSON.stringify(filled))).toEqual(filled);
  });

  it('finds placeholder names and malformed ones', () => {
    expect(findPlaceholders('${{B}} ${{A}} ${{B}}')).toEqual(['B', 'A']);
    expect(findMalformedPlaceholders('"${{lower}}" "${{OK}}" "https://${{UNCLOSED/x"')).toEqual([
      '${{lower}}',
      '${{UNCLOSED/x',
    ]);
  });
});
