import type { OrganisationMatchProfile } from './match-profile';
import { LIKELY_DUPLICATE_SCORE, scoreMatch } from './score-match';
import type { MatchContext } from './word-weights';

const org = (name: string): OrganisationMatchProfile => ({ kind: 'organisation', names: [{ type: 'legal', value: name }] });
/** A base where each listed word has that many holders, and every other word of the draft none. */
const base = (words: Record<string, number>, acronyms: Record<string, number> = {}): MatchContext => ({
  frequencies: (word) => words[word] ?? 0,
  acronymFrequencies: (acronym) => acronyms[acronym] ?? 1,
});
const score = (a: string, b: string, context: MatchContext = base({})) => scoreMatch(org(a), org(b), context);

describe('name variants people write are likely duplicates, each with its reason', () => {
  it.each<[string, string, string, string, Record<string, number>?]>([
    ['usual short name', 'Michelin', 'Compagnie générale des établissements Michelin SCA', 'DISTINCTIVE_WORD', { michelin: 1 }],
    ['usual short name, activity common in the base', 'Veolia', 'Veolia Environnement SA', 'DISTINCTIVE_WORD', { veolia: 1, environnement: 400 }],
    ['name before a legal form inside it', 'Air Liquide', "L'Air liquide, société anonyme pour l'étude et l'exploitation des procédés Georges Claude", 'DISTINCTIVE_WORD'],
    ['European company form', 'Schneider Electric', 'Schneider Electric SE', 'SAME_NAME'],
    ['partnership limited by shares', 'Hermès International', 'Hermès International SCA', 'SAME_NAME'],
    ['cooperative, spelled out', 'Acome', 'Acome, société coopérative et participative', 'SAME_NAME'],
    ['brand split', 'Cap Gemini', 'Capgemini SE', 'JOINED_WORDS'],
    ['brand split, in capitals, with another form', 'TOTAL ENERGIES SA', 'TotalEnergies SE', 'SAME_NAME'],
    ['brand joined, in capitals', 'SAINTGOBAIN', 'Compagnie de Saint-Gobain', 'JOINED_WORDS'],
    ['a dropped final letter', 'Capgemin', 'Capgemini SE', 'NAME_TYPO', { capgemini: 1 }],
    ['a dropped final letter, sounding alike', 'Danon', 'Danone SA', 'NAME_TYPO', { danone: 1 }],
    ['dotted acronym of an acronym and its long form', 'L.V.M.H.', 'LVMH Moët Hennessy Louis Vuitton SE', 'ACRONYM'],
    ['acronym followed by its long form', 'RATP Régie autonome des transports parisiens', 'Régie autonome des transports parisiens', 'ACRONYM'],
    ['long form against the acronym alone', 'Société nationale des chemins de fer français', 'SNCF', 'ACRONYM'],
    ['translated word', 'Schneider Électrique', 'Schneider Electric SE', 'TRANSLATED_NAME'],
    ['translated words', 'Airbus Défense et Espace', 'Airbus Defence and Space SAS', 'TRANSLATED_NAME'],
  ])('%s: %s ~ %s', (_class, left, right, code, words = {}) => {
    const result = score(left, right, base(words));
    expect(result.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(result.reasons[0]?.code).toBe(code);
  });

  it('names the distinctive word and the whole name in the reason', () => {
    const [reason] = score('Michelin', 'Compagnie générale des établissements Michelin SCA', base({ michelin: 1 })).reasons;
    expect(reason).toEqual({ code: 'DISTINCTIVE_WORD', params: { part: 'Michelin', name: 'Compagnie générale des établissements Michelin SCA', words: 1 } });
  });

  it('names the translated word in the reason', () => {
    const [reason] = score('Schneider Électrique', 'Schneider Electric SE').reasons;
    expect(reason?.params).toMatchObject({ word: 'Électrique', translation: 'Electric' });
  });
});

describe('look-alikes stay under the likely-duplicate score', () => {
  it.each<[string, string, string, MatchContext]>([
    ['a common family name inside a longer name', 'Martin', 'Garage Martin SARL', base({ martin: 300, garage: 200 })],
    ['the same family name, other first words', 'Boulangerie Martin', 'Garage Martin', base({ martin: 300, garage: 200, boulangerie: 150 })],
    ['the group, for one of its companies', 'Bouygues', 'Bouygues Telecom', base({ bouygues: 4, telecom: 2 })],
    ['two companies of one group', 'Bouygues Immobilier', 'Bouygues Telecom', base({ bouygues: 4, telecom: 2, immobilier: 300 })],
    ['the group, for its national subsidiary', 'JCDecaux', 'JCDecaux France', base({ jcdecaux: 2 })],
    ['a shared generic word', 'Crédit Agricole', 'Crédit Mutuel Arkéa', base({ credit: 8, agricole: 4 })],
    ['an activity that is not common in the base', 'Veolia', 'Veolia Environnement', base({ veolia: 1, environnement: 1 })],
    ['two names in use one letter apart', 'Transports Renard', 'Transports Renaud', base({ renard: 30, renaud: 25, transports: 900 })],
    ['a final letter apart, both in use', 'Laboratoires Roche', 'Laboratoires Rocher', base({ roche: 6, rocher: 9, laboratoires: 300 })],
    ['a five-letter first name is not a contraction', 'Maçonnerie Garnier', 'Marie Garnier', base({ garnier: 40 })],
    ['an acronym many names spell out', 'EDF', 'Électricité Dupont Fournier', base({}, { edf: 6 })],
    ['one letter apart, short', 'Orange', 'Orano', base({ orange: 3, orano: 1 })],
  ])('%s: %s / %s', (_case, left, right, context) => {
    expect(score(left, right, context).score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
  });

  it('says why a shared word counted for little', () => {
    expect(score('Martin', 'Garage Martin SARL', base({ martin: 300 })).reasons.map((r) => r.code)).toContain('COMMON_WORD');
    const twoNames = score('Transports Renard', 'Transports Renaud', base({ renard: 30, renaud: 25 })).reasons.find((r) => r.code === 'TWO_NAMES');
    expect(twoNames?.params).toEqual({ left: 'Renard', right: 'Renaud', leftCount: 30, rightCount: 25 });
  });

  it('without counts from the base, keeps the scores it gave before', () => {
    expect(scoreMatch(org('Plomberie Perirn'), org('Plomberie Perrin')).score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(scoreMatch(org('Transports Renard'), org('Transports Renaud')).score).toBe(scoreMatch(org('Transports Renard'), org('Transports Renaud'), {}).score);
  });
});
