import { describeMatchReason } from './describe-match-reason';
import type { MatchReason } from './match-reason';
import type { OrganisationMatchProfile } from './match-profile';
import { scoreMatch } from './score-match';

describe('describeMatchReason', () => {
  it.each<[MatchReason, string, string]>([
    [{ code: 'SAME_SIREN', params: { siren: '552081317' } }, 'Même SIREN 552 081 317', 'Same SIREN 552 081 317'],
    [
      { code: 'SAME_COMPANY', params: { siret: '55208131704515', siren: '552081317' } },
      'Établissement de la même entreprise (le SIRET 552 081 317 04515 commence par le SIREN 552 081 317)',
      'Establishment of the same company (SIRET 552 081 317 04515 starts with SIREN 552 081 317)',
    ],
    [{ code: 'ACRONYM', params: { acronym: 'EDF', name: 'Electricité de France' } }, '« EDF » est le sigle de « Electricité de France »', "'EDF' is the acronym of 'Electricité de France'"],
    [{ code: 'SAME_EMAIL_DOMAIN', params: { domain: 'garnier-0.fr' } }, 'Même domaine de messagerie garnier-0.fr', 'Same e-mail domain garnier-0.fr'],
    [
      { code: 'NAME_SOUNDS_ALIKE', params: { left: 'Menuiserie Gautier', right: 'Menuiserie Gauthier' } },
      'Noms qui se prononcent pareil : « Menuiserie Gautier » et « Menuiserie Gauthier »',
      "Names sound alike: 'Menuiserie Gautier' and 'Menuiserie Gauthier'",
    ],
    [{ code: 'SAME_PHONE', params: { phone: '+33612345678' } }, 'Même numéro de téléphone +33 6 12 34 56 78', 'Same phone number +33 6 12 34 56 78'],
    [{ code: 'DIFFERENT_CIVILITY', params: { left: 'male', right: 'female' } }, 'Civilités différentes (Monsieur et Madame)', 'Different civilities (Mr and Ms)'],
  ])('words $code in French and English', (reason, french, english) => {
    expect(describeMatchReason(reason, 'fr')).toBe(french);
    expect(describeMatchReason(reason, 'en')).toBe(english);
  });

  it('words every reason the matcher gives, with no placeholder left', () => {
    const org = (name: string, extra: Partial<OrganisationMatchProfile> = {}): OrganisationMatchProfile => ({ kind: 'organisation', names: [{ type: 'legal', value: name }], ...extra });
    const reasons = [
      scoreMatch(org('Elec de France', { siren: '552081317', city: 'Paris', emailDomains: ['edf.fr'] }), org('Electricité de France', { siret: '55208131704515', city: 'Lyon', website: 'edf.com' })),
      scoreMatch(org('Garnier', { postcode: '67000', phones: ['0388000000'] }), org('Conserverie Garnier', { postcode: '67000', phones: ['+33 3 88 00 00 00'] })),
    ].flatMap((r) => r.reasons);
    expect(reasons.length).toBeGreaterThan(4);
    for (const reason of reasons) {
      for (const lang of ['fr', 'en'] as const) {
        const sentence = describeMatchReason(reason, lang);
        expect(sentence).not.toMatch(/undefined|\[object|\$\{/);
        expect(sentence.length).toBeGreaterThan(10);
      }
    }
  });
});
