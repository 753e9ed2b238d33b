import { addressLines, formatSiren, formatSiret, mapUrl, telUrl, websiteUrl } from './format-identity';

describe('identity formatting', () => {
  it('groups SIREN and SIRET digits', () => {
    expect(formatSiren('362275869')).toBe('362 275 869');
    expect(formatSiret('36227586906965')).toBe('362 275 869 06965');
  });

  it('writes a CEDEX address with its PO box once', () => {
    expect(
      addressLines({
        lines: ['ZI des Dunes', 'BP 45'],
        poBox: 'BP 45',
        postcode: '59140',
        city: 'Dunkerque',
        cedex: 'CEDEX 1',
        country: 'FR',
      }),
    ).toEqual(['ZI des Dunes', 'BP 45', '59140 Dunkerque CEDEX 1']);
  });

  it('names the country only abroad', () => {
    expect(addressLines({ postcode: '1000', city: 'Bruxelles', country: 'BE' })).toEqual([
      '1000 Bruxelles',
      'BE',
    ]);
  });

  it('builds map, website and phone links', () => {
    expect(mapUrl({ lat: 50.6086, lon: 3.1456 })).toBe(
      'https://www.openstreetmap.org/?mlat=50.6086&mlon=3.1456#map=17/50.6086/3.1456',
    );
    expect(websiteUrl('www.transports-girard.fr')).toBe('https://www.transports-girard.fr');
    expect(websiteUrl('http://a.fr')).toBe('http://a.fr');
    expect(telUrl('+33 3 20 12 34 56')).toBe('tel:+33320123456');
  });
});
