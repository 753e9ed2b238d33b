import type { OrganisationMatchProfile } from './match-profile';
import { LIKELY_DUPLICATE_SCORE, scoreMatch } from './score-match';

const org = (name: string, extra: Partial<OrganisationMatchProfile> = {}): OrganisationMatchProfile => ({
  kind: 'organisation',
  names: [{ type: 'legal', value: name }],
  ...extra,
});
const codes = (a: OrganisationMatchProfile, b: OrganisationMatchProfile): string[] => scoreMatch(a, b).reasons.map((r) => r.code);

describe('scoreMatch on organisations: likely duplicates', () => {
  it.each([
    ['case', 'PAPETERIE DUBOIS SAS', 'Papeterie Dubois SAS', 'SAME_NAME'],
    ['accents', 'Electricite Clement', 'Électricité Clément SNC', 'SAME_NAME'],
    ['legal form', 'Garage Blanc SA', 'Garage Blanc SARL', 'SAME_NAME'],
    ['dotted legal form', 'Scierie Moreau S.N.C.', 'Scierie Moreau SNC', 'SAME_NAME'],
    ['spelled-out legal form', 'Dupuis Frères, société par actions simplifiée', 'Dupuis Freres SAS', 'SAME_NAME'],
    ['generic words', 'Ets Transports Lefèvre', 'Groupe Transports Lefèvre', 'SAME_NAME'],
    ['ampersand', 'Dupont & Dupond', 'Dupont et Dupond', 'SAME_NAME'],
    ['word order', 'Dupont Transports', 'Transports Dupont', 'REORDERED_NAME'],
    ['misplaced space', 'ConserverieB onnet', 'Conserverie Bonnet SA', 'SAME_NAME'],
    ['acronym', 'EDF', 'Electricité de France', 'ACRONYM'],
    ['acronym of a longer name', 'SNCF', 'Société nationale des chemins de fer français', 'ACRONYM'],
    ['dotted acronym', 'S.A.T.', 'Société Alsacienne de Transports', 'ACRONYM'],
    ['acronym inside a longer name', 'IBM France', 'International Business Machines France', 'ACRONYM'],
    ['acronym inside a longer name, one word left out', 'SNCF Voyageurs', 'Société Nationale des Chemins de fer Français Voyageurs', 'ACRONYM'],
    ['abbreviation', 'Elec de France', 'Electricité de France', 'ABBREVIATION'],
    ['contractions', 'Cie Gle des Ets Michelin', 'Compagnie Générale des Établissements Michelin', 'ABBREVIATION'],
    ['saint', 'Boulangerie St Michel', 'Boulangerie Saint-Michel', 'SAME_NAME'],
    ['international', 'Intl Transports Guérin', 'International Transports Guérin', 'SAME_NAME'],
    ['typo', 'Plomberie Perirn', 'Plomberie Perrin', 'NAME_TYPO'],
    ['doubled letters dropped', 'Chaudronerie Bretone', 'Chaudronnerie Bretonne', 'NAME_SOUNDS_ALIKE'],
    ['two typos in a long word', 'Quincailelrei Mathieu', 'Quincaillerie Mathieu', 'NAME_TYPO'],
    ['phonetic', 'Menuiserie Gautier', 'Menuiserie Gauthier', 'NAME_SOUNDS_ALIKE'],
    ['phonetic, French sounds', 'Maison Lemère', 'Maison Lemaire', 'NAME_SOUNDS_ALIKE'],
  ])('%s: %s ~ %s', (_variant, left, right, reason) => {
    const result = scoreMatch(org(left), org(right));
    expect(result.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(result.reasons.map((r) => r.code)).toContain(reason);
  });

  it('same SIREN, whatever the names', () => {
    const result = scoreMatch(org('EDF', { siren: '552 081 317' }), org('Electricité de France SA', { siren: '552081317' }));
    expect(result.score).toBeGreaterThan(0.95);
    expect(result.reasons[0]).toEqual({ code: 'SAME_SIREN', params: { siren: '552081317' } });
  });

  it('takes an invalid SIREN one typo away from the other for a mistyped one', () => {
    expect(scoreMatch(org('Garage Blanc', { siren: '552081371' }), org('Garage Blanc SA', { siren: '552081317' })).score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(scoreMatch(org('Garage Blanc', { siren: '123456789' }), org('Garage Blanc SA', { siren: '552081317' })).score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
  });

  it('reads a SIRET typed in the SIREN field for what it is', () => {
    expect(scoreMatch(org('EDF', { siren: '55208131704515' }), org('EDF SA', { siret: '552081317' })).reasons[0].code).toBe('SAME_COMPANY');
  });

  it('a SIRET starting with the other SIREN is an establishment of the same company', () => {
    const result = scoreMatch(org('EDF Agence Lyon', { siret: '552 081 317 04515' }), org('Electricité de France', { siren: '552081317' }));
    expect(result.score).toBeGreaterThan(0.95);
    expect(result.reasons[0]).toEqual({ code: 'SAME_COMPANY', params: { siret: '55208131704515', siren: '552081317' } });
  });

  it('same e-mail domain supports a short name', () => {
    const result = scoreMatch(
      { kind: 'organisation', names: [{ type: 'commercial', value: 'Garnier' }], emailDomains: ['garnier-0.fr'] },
      org('Conserverie Garnier SARL', { website: 'https://garnier-0.fr' }),
    );
    expect(result.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(result.reasons.map((r) => r.code)).toEqual(['WEBSITE_MATCHES_EMAIL_DOMAIN', 'NAME_CONTAINED']);
  });

  it('the same domain name under another extension supports the name', () => {
    const result = scoreMatch(org('Conserverie Garnier', { website: 'http://www.garnier.fr' }), org('Conserverie Garnier SARL', { emailDomains: ['garnier.com'] }));
    expect(result.reasons.map((r) => r.code)).toEqual(['SAME_NAME', 'SAME_DOMAIN_NAME']);
    expect(result.score).toBeGreaterThan(0.95);
  });

  it('a domain alone is enough when nothing contradicts it', () => {
    expect(scoreMatch({ kind: 'organisation', names: [], emailDomains: ['jean@moreau-7.fr'] }, org('Scierie Moreau', { website: 'www.moreau-7.fr' })).score).toBeGreaterThanOrEqual(
      LIKELY_DUPLICATE_SCORE,
    );
  });

  it('the same phone and place support a mistyped name', () => {
    const result = scoreMatch(
      org('Élcetricité Chevalier', { phones: ['02.03.41.54.28'], postcode: '85000' }),
      org('Électricité Chevalier SAS', { phones: ['+33 2 03 41 54 28'], postcode: '85000', city: 'La Roche-sur-Yon' }),
    );
    expect(result.score).toBeGreaterThan(0.95);
    expect(result.reasons.map((r) => r.code).sort()).toEqual(['NAME_TYPO', 'SAME_PHONE', 'SAME_POSTCODE']);
  });

  it('ignores webmail domains', () => {
    const withGmail = scoreMatch(org('Boulangerie Morin', { emailDomains: ['gmail.com'] }), org('Garage Petit', { emailDomains: ['gmail.com'] }));
    expect(withGmail.reasons.map((r) => r.code)).not.toContain('SAME_EMAIL_DOMAIN');
    expect(withGmail.score).toBeLessThan(0.3);
  });
});

describe('scoreMatch on organisations: distinct look-alikes', () => {
  it.each([
    ['phonetic surname, other trade', org('Dupont SA'), org('Dupond Transports')],
    ['same name, other city', org('Boulangerie Martin', { city: 'Lyon' }), org('Boulangerie Martin', { city: 'Bordeaux' })],
    ['same name, other domains', org('Atelier Petit', { emailDomains: ['petit-atelier.fr'] }), org('Atelier Petit', { website: 'atelierpetit31.fr' })],
    ['similar surname', org('Transports Robin'), org('Transports Robert')],
    ['longer surname', org('Garage Blanc', { city: 'Rouen' }), org('Garage Blanchard', { city: 'Rouen' })],
    ['one name inside another', org('Société Générale'), org('Société Générale de Surveillance')],
    ['same first word', org('Crédit Agricole'), org('Crédit Mutuel')],
    ['same surname, other trade, same city', org('Garage Martin', { city: 'Nantes' }), org('Boulangerie Martin', { city: 'Nantes' })],
    ['shared acronym, other domains', org('SAT', { emailDomains: ['sat-alsace.fr'] }), org('Société Auvergnate de Travaux', { website: 'sat-auvergne.fr' })],
    ['other region', org('Société Normande de Transports'), org('Société Bretonne de Transports')],
  ])('%s', (_case, a, b) => {
    expect(scoreMatch(a, b).score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
  });

  it('two valid different SIRENs never reach the threshold, even with everything else equal', () => {
    const shared = { website: 'bouygues-construction.com', phones: ['01 30 60 33 00'], postcode: '78280', city: 'Guyancourt' };
    const result = scoreMatch(org('Bouygues Bâtiment', { siren: '572015246', ...shared }), org('Bouygues Bâtiment', { siren: '552081317', ...shared }));
    expect(result.score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
    expect(result.reasons.map((r) => r.code)).toContain('DIFFERENT_SIREN');
  });

  it('a different city weighs against an identical name', () => {
    const here = scoreMatch(org('Pharmacie du Centre', { city: 'Lyon' }), org('Pharmacie du Centre', { city: 'Lyon' })).score;
    const elsewhere = scoreMatch(org('Pharmacie du Centre', { city: 'Lyon' }), org('Pharmacie du Centre', { city: 'Marseille' })).score;
    expect(here).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(elsewhere).toBeLessThan(LIKELY_DUPLICATE_SCORE);
    expect(codes(org('Pharmacie du Centre', { city: 'Lyon' }), org('Pharmacie du Centre', { city: 'Marseille' }))).toContain('DIFFERENT_CITY');
  });

  it('never matches an organisation with a person', () => {
    expect(scoreMatch(org('Martin'), { kind: 'person', firstName: 'Jean', lastName: 'Martin' })).toEqual({ score: 0, reasons: [] });
  });
});
