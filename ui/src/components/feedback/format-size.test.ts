import { formatSize } from './format-size';

// Intl separates number and unit with a no-break space: compared here as a plain one.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatSize', () => {
  it.each([
    [0, 'fr', '0 octet'],
    [0, 'en', '0 bytes'],
    [512, 'en', '512 bytes'],
    [482_133, 'fr', '471 ko'],
    [157_286_400, 'fr', '150 Mo'],
    [157_286_400, 'en', '150 MB'],
    [1_610_612_736, 'en', '1.5 GB'],
    [1_610_612_736, 'fr', '1,5 Go'],
  ])('%d bytes in %s read %s', (bytes, lang, expected) => {
    expect(plain(formatSize(bytes, lang))).toBe(expected);
  });
});
