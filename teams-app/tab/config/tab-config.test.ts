import { buildTabConfig, tabName, tierIdOfContentUrl } from './tab-config';

describe('channel tab configuration', () => {
  it('saves the card URL with the tier id and a readable name', () => {
    const config = buildTabConfig({ id: 'abc123', name: 'Brasserie Lemaire' }, 'https://relais.example.fr');
    expect(config).toEqual({
      entityId: 'relais-card-abc123',
      contentUrl: 'https://relais.example.fr/tab/card?tierId=abc123',
      websiteUrl: 'https://relais.example.fr/tab/card?tierId=abc123',
      suggestedDisplayName: 'Brasserie Lemaire',
    });
  });

  it('cuts long names on a word', () => {
    expect(tabName('Société Nationale de Logistique Ferroviaire et Fluviale du Nord')).toBe(
      'Société Nationale de Logistique…',
    );
    expect(tabName('  Transports   Girard ')).toBe('Transports Girard');
  });

  it('reads the tier back from a saved URL', () => {
    expect(tierIdOfContentUrl('https://r.fr/tab/card?tierId=abc')).toBe('abc');
    expect(tierIdOfContentUrl('not a url')).toBeNull();
    expect(tierIdOfContentUrl(undefined)).toBeNull();
  });
});
