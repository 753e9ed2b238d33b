import { wordKey } from '@relais/domain';
import { startApi, type TestApi } from '../support/api-harness';

/**
 * The names people actually write for real companies, over HTTP on Azurite: the match, the 409 at
 * creation, search and lookup each find the company meant and say why, and look-alikes (other
 * companies of one group, a shared word, a family name) stay under the likely-duplicate score.
 */
let api: TestApi;
let rep: string;
const ids: Record<string, string> = {};

type Candidate = { tierId: string; score: number; reasons: string[]; evidence: { code: string; params: Record<string, string | number> }[] };

const org = (legal: string, extra: Record<string, unknown> = {}) => ({ kind: 'organisation', names: [{ type: 'legal', value: legal }], ...extra });

const create = async (key: string, body: Record<string, unknown>) => {
  const response = await api.call('POST', '/api/tiers', { token: rep, body });
  if (response.status !== 201) throw new Error(`create ${key}: ${response.status} ${response.text}`);
  ids[key] = response.body.id;
};

const match = async (name: string, lang = 'en'): Promise<Candidate[]> => {
  const response = await api.call('POST', '/api/tiers/match', { token: rep, body: org(name), headers: { 'accept-language': lang } });
  expect(response.status).toBe(200);
  return response.body.candidates;
};

const scoreOf = (candidates: Candidate[], key: string): number => candidates.find((c) => c.tierId === ids[key])?.score ?? 0;

const search = async (q: string): Promise<string[]> => {
  const response = await api.call('GET', `/api/tiers?q=${encodeURIComponent(q)}&kind=organisation`, { token: rep });
  expect(response.status).toBe(200);
  return response.body.items.map((t: { id: string }) => t.id);
};

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep.variants', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  // Created one by one through the API, as reps and imports do: none is a likely duplicate of another.
  await create('michelin', org('Compagnie générale des établissements Michelin SCA', { siren: '855200887' }));
  await create('mfp-michelin', org('Manufacture française des pneumatiques Michelin'));
  await create('schneider', org('Schneider Electric SE', { siren: '542048574' }));
  await create('hermes', org('Hermès International', { siren: '572076396' }));
  await create('capgemini', org('Capgemini SE', { siren: '330703844' }));
  await create('totalenergies', org('TotalEnergies SE', { siren: '542051180' }));
  await create('lvmh', org('LVMH Moët Hennessy Louis Vuitton SE', { siren: '775670417' }));
  await create('ratp', org('Régie autonome des transports parisiens', { siren: '775663438' }));
  await create('airbus-ds', org('Airbus Defence and Space SAS'));
  await create('bouygues', org('Bouygues SA', { siren: '572015246' }));
  await create('bouygues-telecom', org('Bouygues Telecom', { siren: '397480930' }));
  await create('credit-agricole', org('Crédit agricole S.A.', { siren: '784608416' }));
  await create('orange', org('Orange SA', { siren: '380129866' }));
  for (const [key, name] of [
    ['scop', 'Acome'],
    ['gie', 'Les Vignerons de Tours'],
    ['sem', 'Semmaris'],
    ['eurl', 'Boulangerie Lemoine'],
    ['sasu', 'Transports Girardot'],
    ['selarl', 'Cabinet Vasseur Avocats'],
    ['sci', 'Les Tilleuls de Rennes'],
  ] as const) {
    await create(key, org(name));
  }
}, 120_000);
afterAll(() => api?.stop());

describe('the usual short name: one distinctive word of a long legal name', () => {
  it('is matched, with the distinctive word named in the reason, in French and English', async () => {
    const [best] = await match('Michelin', 'fr');
    expect(best?.tierId).toBe(ids.michelin);
    expect(best!.score).toBeGreaterThanOrEqual(0.8);
    expect(best!.evidence[0]).toEqual({ code: 'DISTINCTIVE_WORD', params: { part: 'Michelin', name: 'Compagnie générale des établissements Michelin SCA', words: 1 } });
    expect(best!.reasons[0]).toBe('«\u00a0Michelin\u00a0» est le mot distinctif de «\u00a0Compagnie générale des établissements Michelin SCA\u00a0»');
    expect((await match('Michelin'))[0]!.reasons[0]).toBe("'Michelin' is the distinctive word of 'Compagnie générale des établissements Michelin SCA'");
  });

  it('keeps the group’s other company, whose other words are distinctive, under the likely score', async () => {
    expect(scoreOf(await match('Michelin'), 'mfp-michelin')).toBeLessThan(0.8);
  });

  it('makes creation answer 409 with the company as first candidate', async () => {
    const response = await api.call('POST', '/api/tiers', { token: rep, body: org('MICHELIN') });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('TIER.LIKELY_DUPLICATE');
    expect(response.body.candidates[0]).toMatchObject({ tierId: ids.michelin, evidence: [{ code: 'DISTINCTIVE_WORD' }] });
  });

  it('suggests the company for an address at a domain no organisation declares', async () => {
    const response = await api.call('POST', '/api/lookup', { token: rep, body: { emails: ['achats@michelin.com', 'jean@gmail.com'] } });
    const [company, webmail] = response.body.results;
    expect(company).toMatchObject({ status: 'unknown', organisations: [], suggestions: [{ tierId: ids.michelin, evidence: [{ code: 'DISTINCTIVE_WORD' }] }] });
    expect(company.suggestions[0].score).toBeGreaterThanOrEqual(0.8);
    expect(webmail).not.toHaveProperty('suggestions');
  });
});

describe('European and other French company forms are left aside like SA or SAS', () => {
  it.each([
    ['SE', 'Schneider Electric', 'schneider'],
    ['SCA', 'Hermès International SCA', 'hermes'],
    ['SCOP', 'Acome SCOP', 'scop'],
    ['GIE', 'GIE Les Vignerons de Tours', 'gie'],
    ['SEM', 'Semmaris SEM', 'sem'],
    ['EURL', 'Boulangerie Lemoine EURL', 'eurl'],
    ['SASU', 'Transports Girardot SASU', 'sasu'],
    ['SELARL', 'Cabinet Vasseur Avocats SELARL', 'selarl'],
    ['SCI', 'SCI Les Tilleuls de Rennes', 'sci'],
  ])('%s: %s', async (_form, draft, key) => {
    const [best] = await match(draft);
    expect(best?.tierId).toBe(ids[key]);
    expect(best!.score).toBeGreaterThanOrEqual(0.8);
    expect(best!.evidence[0]?.code).toBe('SAME_NAME');
  });

  it('are optional words of a search', async () => {
    expect(await search('Schneider Electric SA')).toEqual([ids.schneider]);
    expect(await search('Hermès International SCA')).toEqual([ids.hermes]);
  });
});

describe('brand words joined or split, in capitals, or with a final letter dropped', () => {
  it('match the company, saying the words are joined or split', async () => {
    for (const draft of ['Cap Gemini', 'CAP GEMINI']) {
      const [best] = await match(draft);
      expect(best).toMatchObject({ tierId: ids.capgemini, evidence: [{ code: 'JOINED_WORDS' }] });
      expect(best!.score).toBeGreaterThanOrEqual(0.8);
    }
    const [total] = await match('TOTAL ENERGIES');
    expect(total?.tierId).toBe(ids.totalenergies);
    expect(total!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('match with the last letter dropped, as a typo', async () => {
    const [best] = await match('Capgemin');
    expect(best).toMatchObject({ tierId: ids.capgemini, evidence: [{ code: 'NAME_TYPO' }] });
    expect(best!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('are found by search either way', async () => {
    expect(await search('cap gemini')).toEqual([ids.capgemini]);
    expect(await search('total energies')).toEqual([ids.totalenergies]);
    expect(await search('TotalEnergies')).toEqual([ids.totalenergies]);
  });
});

describe('dotted acronyms and an acronym followed by its long form', () => {
  it('match the company by its acronym', async () => {
    const [lvmh] = await match('L.V.M.H.');
    expect(lvmh).toMatchObject({ tierId: ids.lvmh, evidence: [{ code: 'ACRONYM', params: { acronym: 'L.V.M.H.', name: 'LVMH Moët Hennessy Louis Vuitton SE' } }] });
    expect(lvmh!.score).toBeGreaterThanOrEqual(0.8);
    const [ratp] = await match('RATP - Régie autonome des transports parisiens');
    expect(ratp).toMatchObject({ tierId: ids.ratp, evidence: [{ code: 'ACRONYM' }] });
    expect(ratp!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('are found by search and by the domain an address is at', async () => {
    expect(await search('L.V.M.H.')).toEqual([ids.lvmh]);
    const response = await api.call('POST', '/api/lookup', { token: rep, body: { emails: ['presse@lvmh.fr'] } });
    expect(response.body.results[0].suggestions[0]).toMatchObject({ tierId: ids.lvmh, evidence: [{ code: 'ACRONYM' }] });
  });
});

describe('translated or gallicised words', () => {
  it('match the company, naming the word translated', async () => {
    const [schneider] = await match('Schneider Électrique');
    expect(schneider).toMatchObject({ tierId: ids.schneider, evidence: [{ code: 'TRANSLATED_NAME', params: { word: 'Électrique', translation: 'Electric' } }] });
    expect(schneider!.score).toBeGreaterThanOrEqual(0.8);
    const [airbus] = await match('Airbus Défense et Espace');
    expect(airbus?.tierId).toBe(ids['airbus-ds']);
    expect(airbus!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('are found by search', async () => {
    expect(await search('Schneider Électrique')).toEqual([ids.schneider]);
  });
});

describe('look-alikes are not likely duplicates', () => {
  it('the group and one of its companies', async () => {
    const candidates = await match('Bouygues');
    expect(candidates[0]?.tierId).toBe(ids.bouygues);
    expect(scoreOf(candidates, 'bouygues-telecom')).toBeLessThan(0.8);
    expect(scoreOf(await match('Bouygues Telecom'), 'bouygues')).toBeLessThan(0.8);
  });

  it('another company of the group is created without a 409', async () => {
    const response = await api.call('POST', '/api/tiers', { token: rep, body: org('Bouygues Immobilier SAS') });
    expect(response.status).toBe(201);
  });

  it('two companies sharing a generic word, or a letter apart', async () => {
    expect(scoreOf(await match('Crédit Mutuel Arkéa'), 'credit-agricole')).toBeLessThan(0.8);
    expect(scoreOf(await match('Orano'), 'orange')).toBeLessThan(0.8);
  });
});

describe('word weights follow the base as tiers are written, renamed or archived', () => {
  const TRADES = [
    'Boulangerie', 'Garage', 'Plomberie', 'Menuiserie', 'Imprimerie', 'Pharmacie', 'Fromagerie', 'Brasserie', 'Charpente', 'Quincaillerie',
    'Scierie', 'Tonnellerie', 'Verrerie', 'Carrosserie', 'Librairie', 'Pâtisserie', 'Serrurerie', 'Couverture', 'Peinture', 'Boucherie', 'Conserverie',
  ];
  const martins: string[] = [];
  const holders = () => api.app.deps.index.count('block', wordKey('martin'));

  it('a family name many companies hold weighs less, and the reason says so', async () => {
    const response = await api.call('POST', '/api/tiers', { token: rep, body: org('Atelier Martin') });
    expect(response.status).toBe(201);
    martins.push(response.body.id);
    const [alone] = await match('Martin');
    expect(alone?.tierId).toBe(martins[0]);
    for (const trade of TRADES) {
      const made = await api.call('POST', '/api/tiers', { token: rep, body: org(`${trade} Martin`) });
      expect(made.status).toBe(201);
      martins.push(made.body.id);
    }
    expect(await holders()).toBe(martins.length);
    const crowded = await match('Martin');
    expect(crowded.length).toBeGreaterThan(0);
    for (const candidate of crowded) {
      expect(martins).toContain(candidate.tierId);
      expect(candidate.score).toBeLessThan(alone!.score);
      expect(candidate.evidence.find((e) => e.code === 'COMMON_WORD')?.params).toEqual({ word: 'Martin', count: martins.length });
    }
    for (const candidate of await match('Garage Martin')) if (candidate.tierId !== martins[2]) expect(candidate.score).toBeLessThan(0.8);
  });

  it('renaming and merging tiers takes them out of the word’s holders', async () => {
    const steward = await api.tokenFor({ userId: 'st.variants', name: 'Sandrine Steward', roles: ['steward'], teams: [] });
    const renamed = martins[1]!;
    const current = await api.call('GET', `/api/tiers/${renamed}`, { token: steward });
    const patched = await api.call('PATCH', `/api/tiers/${renamed}`, {
      token: steward,
      body: { names: [{ type: 'legal', value: 'Boulangerie Lefranc' }] },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(patched.status).toBe(200);
    const merged = await api.call('POST', `/api/tiers/${martins[3]}/merge`, { token: steward, body: { duplicateId: martins[4] } });
    expect(merged.status).toBe(200);
    expect(await holders()).toBe(martins.length - 2);
  });

  it('a distinctive word a third company takes up stands for none of them, until that one is renamed', async () => {
    const steward = await api.tokenFor({ userId: 'st.variants', name: 'Sandrine Steward', roles: ['steward'], teams: [] });
    const made = await api.call('POST', '/api/tiers', { token: rep, body: org('Transports Michelin') });
    expect(made.status).toBe(201);
    expect(scoreOf(await match('Michelin'), 'michelin')).toBeLessThan(0.8);
    const current = await api.call('GET', `/api/tiers/${made.body.id}`, { token: steward });
    const patched = await api.call('PATCH', `/api/tiers/${made.body.id}`, {
      token: steward,
      body: { names: [{ type: 'legal', value: 'Transports Lefranc' }] },
      headers: { 'if-match': current.headers.get('etag')! },
    });
    expect(patched.status).toBe(200);
    expect(scoreOf(await match('Michelin'), 'michelin')).toBeGreaterThanOrEqual(0.8);
  });
});
