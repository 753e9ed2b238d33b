import { searchTokens } from './search-tokens';

describe('searchTokens', () => {
  it('folds case and accents into word tokens', () => {
    expect(searchTokens('Électricité de France')).toEqual(['electricite', 'de', 'france']);
    expect(searchTokens("L'ŒUVRE d’Art & Cie")).toEqual(['l', 'oeuvre', 'd', 'art', 'cie']);
  });

  it('keeps digits, drops punctuation and repeats', () => {
    expect(searchTokens('  Garage du 14-Juillet, garage  ')).toEqual(['garage', 'du', '14', 'juillet']);
    expect(searchTokens('')).toEqual([]);
  });
});
