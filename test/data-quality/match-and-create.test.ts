import { startApi, type TestApi } from '../support/api-harness';
import { sirenFrom, siretOf, runSeed } from './french-ids';

let api: TestApi;
let rep: string;
let otherTeam: string;
let steward: string;
const seed = runSeed();

beforeAll(async () => {
  api = await startApi();
  rep = await api.tokenFor({ userId: 'rep1', name: 'Rémi Rep', roles: ['rep'], teams: ['north'] });
  otherTeam = await api.tokenFor({ userId: 'rep2', name: 'Sara South', roles: ['rep'], teams: ['south'] });
  steward = await api.tokenFor({ userId: 'st1', name: 'Sandrine Steward', roles: ['steward'], teams: [] });
});
afterAll(() => api.stop());

const org = (names: [string, string][], extra: Record<string, unknown> = {}) => ({
  kind: 'organisation',
  names: names.map(([type, value]) => ({ type, value })),
  ...extra,
});

const create = async (token: string, body: Record<string, unknown>, query = '') => {
  const response = await api.call('POST', `/api/tiers${query}`, { token, body });
  if (response.status !== 201) throw new Error(`create ${response.status}: ${response.text}`);
  return response.body as { id: string };
};

const match = async (body: Record<string, unknown>, token = rep, headers: Record<string, string> = {}) => {
  const response = await api.call('POST', '/api/tiers/match', { token, body, headers });
  expect(response.status).toBe(200);
  return response.body.candidates as { tierId: string; score: number; reasons: string[]; evidence: { code: string }[]; tier: { name: string } }[];
};

const best = async (body: Record<string, unknown>, token = rep) => (await match(body, token))[0];

describe('POST /api/tiers/match: variants of one company are found and explained', () => {
  const siren = sirenFrom(seed);
  let edf: { id: string };
  beforeAll(async () => {
    edf = await create(rep, org([['legal', 'Électricité de France SA'], ['acronym', 'EDF']], {
      siren, siret: siretOf(siren, 12), website: 'https://www.edf-test.fr', emailDomains: ['edf-test.fr'],
      addresses: [{ kind: 'postal', lines: ['22-30 avenue de Wagram'], postcode: '75008', city: 'Paris', country: 'FR' }],
    }));
  });

  it('by SIREN, whatever the name says', async () => {
    const candidate = await best(org([['legal', 'Direction Commerce Île-de-France']], { siren }));
    expect(candidate).toMatchObject({ tierId: edf.id });
    expect(candidate!.score).toBeGreaterThanOrEqual(0.8);
    // The stored tier has a SIRET: its SIREN is the draft's, so the engine says "same company".
    expect(candidate!.evidence.map((e) => e.code).filter((c) => c === 'SAME_SIREN' || c === 'SAME_COMPANY')).toHaveLength(1);
  });

  it('by the SIREN prefix of another establishment’s SIRET', async () => {
    const candidate = await best(org([['legal', 'EDF Agence Lyon']], { siret: siretOf(siren, 45) }));
    expect(candidate?.tierId).toBe(edf.id);
    expect(candidate!.evidence.map((e) => e.code)).toContain('SAME_COMPANY');
  });

  it('by acronym, both ways', async () => {
    expect((await best(org([['commercial', 'EDF']])))?.tierId).toBe(edf.id);
    const other = await create(rep, org([['legal', `Société Nationale des Chemins de Fer Français ${seed}`]]));
    const candidate = await best(org([['legal', `SNCF ${seed}`]]));
    expect(candidate?.tierId).toBe(other.id);
  });

  it('by e-mail domain and website, with reasons in the caller’s language', async () => {
    const [candidate] = await match(org([['legal', 'Électricité de Fr.']], { emailDomains: ['edf-test.fr'] }), rep, { 'accept-language': 'fr-FR' });
    expect(candidate?.tierId).toBe(edf.id);
    expect(candidate!.score).toBeGreaterThanOrEqual(0.8);
    expect(candidate!.reasons.join(' ')).toMatch(/domaine|Même/);
    const english = await match(org([['legal', 'Elec de France']], { website: 'edf-test.fr' }));
    expect(english[0]?.tierId).toBe(edf.id);
    expect(english[0]!.reasons.join(' ')).toMatch(/website|Same/i);
    expect(english[0]!.tier.name).toBe('Électricité de France SA');
  });

  it('by a name with typos, abbreviations and legal-form noise', async () => {
    const tier = await create(rep, org([['legal', `Compagnie Générale des Eaux ${seed} SAS`]], { addresses: [{ kind: 'postal', postcode: '69003', city: 'Lyon', country: 'FR' }] }));
    const candidate = await best(org([['legal', `Cie Generale des Eaux ${seed}`]], { addresses: [{ kind: 'postal', postcode: '69003', city: 'Lyon', country: 'FR' }] }));
    expect(candidate?.tierId).toBe(tier.id);
    expect(candidate!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('persons by e-mail, phone in any format, and inverted names', async () => {
    const person = await create(rep, { kind: 'person', civility: 'Mme', firstName: 'Hélène', lastName: `Marchal${seed}`, emails: [`h.marchal${seed}@exemple-client.fr`], phones: ['06 12 34 56 78'] });
    expect((await best({ kind: 'person', firstName: 'H', lastName: 'Other', emails: [`H.Marchal${seed}@Exemple-Client.fr`] }))?.tierId).toBe(person.id);
    expect((await best({ kind: 'person', firstName: 'Helene', lastName: `Marchal${seed}`, phones: ['+33612345678'] }))?.tierId).toBe(person.id);
    expect((await best({ kind: 'person', firstName: `Marchal${seed}`, lastName: 'Hélène', phones: ['0033 6 12 34 56 78'] }))?.tierId).toBe(person.id);
  });

  it('does not match look-alikes that are other companies', async () => {
    const eaux = await create(rep, org([['legal', `Société Alsacienne des Eaux ${seed}`]], { siren: sirenFrom(seed + 1) }));
    const lookAlike = await match(org([['legal', `Société Alsacienne de Transports ${seed}`]], { siren: sirenFrom(seed + 2) }));
    expect(lookAlike.find((c) => c.tierId === eaux.id)?.score ?? 0).toBeLessThan(0.8);
    const namesake = await match(org([['legal', 'Électricité de France SA']], { siren: sirenFrom(seed + 3) }));
    expect(namesake.find((c) => c.tierId === edf.id)?.score ?? 0).toBeLessThan(0.8);
  });

  it('never proposes a tier the caller may not see', async () => {
    const secret = await create(otherTeam, org([['legal', `Confidentielle Zéphyr ${seed}`]], { confidentiality: 'restricted' }));
    expect((await match(org([['legal', `Confidentielle Zephyr ${seed}`]]))).map((c) => c.tierId)).not.toContain(secret.id);
    expect((await match(org([['legal', `Confidentielle Zephyr ${seed}`]]), steward)).map((c) => c.tierId)).toContain(secret.id);
  });

  it('answers 400 on an invalid draft, naming the fields', async () => {
    const response = await api.call('POST', '/api/tiers/match', { token: rep, body: { kind: 'organisation', names: [], siren: '123' } });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['names', 'siren']));
  });
});

describe('creation refuses a likely duplicate (409) until the caller confirms', () => {
  it('answers 409 with the candidates, then creates with ?confirm=distinct and never proposes the pair again', async () => {
    const siren = sirenFrom(seed + 10);
    const first = await create(rep, org([['legal', `Brasserie Lemercier ${seed} SAS`]], { siren, emailDomains: [`lemercier-${seed}.fr`] }));
    const draft = org([['legal', `Brasserie Lemercier ${seed}`]], { emailDomains: [`lemercier-${seed}.fr`] });
    const refused = await api.call('POST', '/api/tiers', { token: rep, body: draft, headers: { 'accept-language': 'fr' } });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect(refused.body.code).toBe('TIER.LIKELY_DUPLICATE');
    expect(refused.body.candidates[0]).toMatchObject({ tierId: first.id });
    expect(refused.body.candidates[0].score).toBeGreaterThanOrEqual(0.8);
    expect(refused.body.candidates[0].reasons.length).toBeGreaterThan(0);

    const bad = await api.call('POST', '/api/tiers?confirm=yes', { token: rep, body: draft });
    expect(bad.status).toBe(400);
    const second = await create(rep, draft, '?confirm=distinct');
    expect(second.id).not.toBe(first.id);

    const duplicatesOfSecond = await api.call('GET', `/api/tiers/${second.id}/duplicates`, { token: rep });
    expect(duplicatesOfSecond.status).toBe(200);
    expect(duplicatesOfSecond.body.candidates.map((c: { tierId: string }) => c.tierId)).not.toContain(first.id);
    const duplicatesOfFirst = await api.call('GET', `/api/tiers/${first.id}/duplicates`, { token: rep });
    expect(duplicatesOfFirst.body.candidates.map((c: { tierId: string }) => c.tierId)).not.toContain(second.id);
    const review = await api.call('GET', '/api/duplicates?limit=200', { token: steward });
    expect(review.body.items.some((p: { aId: string; bId: string }) => [p.aId, p.bId].includes(first.id) && [p.aId, p.bId].includes(second.id))).toBe(false);
  });

  it('applies to persons too, and a declared establishment is not a duplicate of its parent', async () => {
    const employer = await create(rep, org([['legal', `Atelier Vauclair ${seed}`]], { siren: sirenFrom(seed + 20), siret: siretOf(sirenFrom(seed + 20), 1) }));
    const body = { kind: 'person', civility: 'M.', firstName: 'Gaël', lastName: `Vauclair${seed}`, organisationId: employer.id };
    await create(rep, body);
    const again = await api.call('POST', '/api/tiers', { token: rep, body: { ...body, firstName: 'Gael' } });
    expect(again.status).toBe(409);
    const establishment = await api.call('POST', '/api/tiers', {
      token: rep,
      body: org([['legal', `Atelier Vauclair ${seed}`], ['commercial', `Atelier Vauclair ${seed} — Nantes`]], { siret: siretOf(sirenFrom(seed + 20), 2), parentId: employer.id }),
    });
    expect(establishment.status).toBe(201);
  });

  it('lets a caller create what looks like a tier they may not see (the stewards review the pair)', async () => {
    const hidden = await create(otherTeam, org([['legal', `Fonderie Quintal ${seed}`]], { confidentiality: 'restricted', emailDomains: [`quintal-${seed}.fr`] }));
    const mine = await create(rep, org([['legal', `Fonderie Quintal ${seed}`]], { emailDomains: [`quintal-${seed}.fr`] }));
    const review = await api.call('GET', '/api/duplicates?limit=200', { token: steward });
    expect(review.status).toBe(200);
    const pair = review.body.items.find((p: { aId: string; bId: string }) => [p.aId, p.bId].sort().join() === [hidden.id, mine.id].sort().join());
    expect(pair).toBeDefined();
    expect(pair.score).toBeGreaterThanOrEqual(0.8);
    expect((await api.call('GET', '/api/duplicates', { token: rep })).status).toBe(403);
  });
});
