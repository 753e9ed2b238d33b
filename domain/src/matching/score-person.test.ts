import type { PersonMatchProfile } from './match-profile';
import { LIKELY_DUPLICATE_SCORE, scoreMatch } from './score-match';

const person = (firstName: string, lastName: string, extra: Partial<PersonMatchProfile> = {}): PersonMatchProfile => ({
  kind: 'person',
  firstName,
  lastName,
  ...extra,
});
const acme = { organisationIds: ['org-acme'] };

describe('scoreMatch on persons: likely duplicates', () => {
  it.each([
    ['same e-mail, other case', person('Frédéric', 'Bertrand', { emails: ['frederic.bertrand@fournier-1.fr'] }), person('Frederic', 'BERTRAND', { emails: ['FREDERIC.BERTRAND@FOURNIER-1.FR'] }), 'SAME_EMAIL'],
    ['same phone, other format', person('Karim', 'Ben Ali', { phones: ['+33 (0)6 12 34 56 78'] }), person('Karim', 'Benali', { phones: ['06.12.34.56.78'] }), 'SAME_PHONE'],
    ['accents and case, same organisation', person('ÉRIC', 'GUÉRIN', acme), person('Eric', 'Guerin', acme), 'SAME_PERSON_NAME'],
    ['typo, same organisation', person('Nathalie', 'Chevlaier', acme), person('Nathalie', 'Chevalier', acme), 'PERSON_NAME_TYPO'],
    ['sounds alike, same phone', person('Philippe', 'Gautier', { phones: ['0612345678'] }), person('Filipe', 'Gauthier', { phones: ['06 12 34 56 78'] }), 'PERSON_NAME_SOUNDS_ALIKE'],
    ['inverted names, same e-mail', person('Dupont', 'Jean-Pierre', { emails: ['jp.dupont@acme.fr'] }), person('Jean-Pierre', 'Dupont', { emails: ['jp.dupont@acme.fr'] }), 'INVERTED_PERSON_NAME'],
    ['initials, same e-mail', person('J.-P.', 'Martin', { emails: ['jpmartin@globex.fr'] }), person('Jean-Pierre', 'Martin', { emails: ['jpmartin@globex.fr'] }), 'FIRST_NAME_INITIAL'],
    ['whole name in one field', person('', 'Claire Garnier', acme), person('Claire', 'Garnier', acme), 'SAME_PERSON_NAME'],
    ['title typed with the name', person('', 'M. Jean Dupont', acme), person('Jean', 'Dupont', acme), 'SAME_PERSON_NAME'],
    ['same address under another top-level domain', person('Jean', 'Dupont', { emails: ['jean.dupont@acme.fr'] }), person('Jean', 'Dupont', { emails: ['jean.dupont@acme.com'] }), 'SAME_EMAIL_DOMAIN'],
    ['same organisation by name', person('Stéphanie', 'Gauthier', { organisationNames: ['Acme Industrie'] }), person('Stephanie', 'Gauthier', { organisationNames: ['ACME INDUSTRIE SAS'] }), 'SAME_ORGANISATION'],
    ['same company e-mail domain', person('Hélène', 'Perrin', { emails: ['hperrin@vandelay.fr'] }), person('Helene', 'Perrin', { emails: ['helene.perrin@vandelay.fr'] }), 'SAME_EMAIL_DOMAIN'],
    ['married name, same e-mail', person('Marie', 'Martin', { emails: ['marie.dupont@initech.fr'] }), person('Marie', 'Dupont', { emails: ['marie.dupont@initech.fr'] }), 'SAME_EMAIL'],
  ])('%s', (_variant, a, b, reason) => {
    const result = scoreMatch(a, b);
    expect(result.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE_SCORE);
    expect(result.reasons.map((r) => r.code)).toContain(reason);
  });
});

describe('scoreMatch on persons: distinct look-alikes', () => {
  it('homonyms at different organisations, no shared contact, are not likely duplicates', () => {
    const result = scoreMatch(
      person('Jean', 'Martin', { organisationIds: ['org-acme'], emails: ['jean.martin@acme.fr'] }),
      person('Jean', 'Martin', { organisationIds: ['org-globex'], emails: ['jean.martin@globex.fr'] }),
    );
    expect(result.score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
    expect(result.reasons.map((r) => r.code)).toContain('DIFFERENT_ORGANISATION');
  });

  it('a same name alone stays below the threshold: homonyms exist', () => {
    expect(scoreMatch(person('Jean', 'Martin'), person('Jean', 'Martin')).score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
  });

  it.each([
    ['Monsieur and Madame Dominique Martin', person('Dominique', 'Martin', { civility: 'M.', ...acme }), person('Dominique', 'Martin', { civility: 'Mme', ...acme })],
    ['brothers', person('Pierre', 'Dupont', acme), person('Paul', 'Dupont', acme)],
    ['masculine and feminine first names', person('Jean', 'Petit', { civility: 'M.', ...acme }), person('Jeanne', 'Petit', acme)],
    ['Michel and Michèle', person('Michel', 'Roux', acme), person('Michèle', 'Roux', acme)],
    ['a shared role mailbox', person('Marie', 'Curie', { emails: ['contact@labo-curie.fr'] }), person('Pierre', 'Curie', { emails: ['contact@labo-curie.fr'] })],
    ['a shared switchboard', person('Camille', 'Durand', { phones: ['01 44 55 66 77'] }), person('Claire', 'Durand', { phones: ['01 44 55 66 77'] })],
    ['father and son', person('Jean-Luc', 'Moreau', acme), person('Jean', 'Moreau', acme)],
    ['similar surnames', person('Julie', 'Morel', acme), person('Julie', 'Morin', acme)],
    ['a longer surname', person('Pierre', 'Martin', { emails: ['pmartin@acme.fr'] }), person('Pierre', 'Martinez', { emails: ['pmartinez@globex.fr'] })],
  ])('%s', (_case, a, b) => {
    expect(scoreMatch(a, b).score).toBeLessThan(LIKELY_DUPLICATE_SCORE);
  });
});

describe('scoreMatch on persons: symmetry', () => {
  it('scores a pair the same whichever side is the draft', () => {
    const pairs: [PersonMatchProfile, PersonMatchProfile][] = [
      [person('RENARD', 'Laurent', { emails: ['lrenard@royer.fr'] }), person('Laurent', 'Sanchez', { emails: ['lsanchez@lucas.fr'] })],
      [person('', 'Claire Garnier', acme), person('Claire', 'Garnier')],
      [person('Jean', 'Petit', { civility: 'M.' }), person('Petit', 'Jeanne')],
    ];
    for (const [a, b] of pairs) expect(scoreMatch(a, b).score).toBe(scoreMatch(b, a).score);
  });
});
