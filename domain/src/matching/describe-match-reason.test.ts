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
    [{ code: 'ACRONYM', params: { acronym: 'EDF', name: 'Electricité de France' } }, '«\u00a0EDF\u00a0» est le sigle de «\u00a0Electricité de France\u00a0»', "'EDF' is the acronym of 'Electricité de France'"],
    [{ code: 'SAME_EMAIL_DOMAIN', params: { domain: 'garnier-0.fr' } }, 'Même domaine de messagerie garnier-0.fr', 'Same e-mail domain garnier-0.fr'],
    [
      { code: 'NAME_SOUNDS_ALIKE', params: { left: 'Menuiserie Gautier', right: 'Menuiserie Gauthier' } },
      'Noms qui se prononcent pareil\u00a0: «\u00a0Menuiserie Gautier\u00a0» et «\u00a0Menuiserie Gauthier\u00a0»',
      "Names sound alike: 'Menuiserie Gautier' and 'Menuiserie Gauthier'",
    ],
    [{ code: 'SAME_PHONE', params: { phone: '+33612345678' } }, 'Même numéro de téléphone +33 6 12 34 56 78', 'Same phone number +33 6 12 34 56 78'],
    [{ code: 'DIFFERENT_CIVILITY', params: { left: 'male', right: 'female' } }, 'Civilités différentes (Monsieur et Madame)', 'Different civilities (Mr and Ms)'],
    [
      { code: 'DISTINCTIVE_WORD', params: { part: 'Michelin', name: 'Compagnie générale des établissements Michelin', words: 1 } },
      '«\u00a0Michelin\u00a0» est le mot distinctif de «\u00a0Compagnie générale des établissements Michelin\u00a0»',
      "'Michelin' is the distinctive word of 'Compagnie générale des établissements Michelin'",
    ],
    [
      { code: 'DISTINCTIVE_WORD', params: { part: 'Sopra Steria', name: 'Sopra Steria Group', words: 2 } },
      '«\u00a0Sopra Steria\u00a0» sont les mots distinctifs de «\u00a0Sopra Steria Group\u00a0»',
      "'Sopra Steria' are the distinctive words of 'Sopra Steria Group'",
    ],
    [
      { code: 'TRANSLATED_NAME', params: { left: 'Schneider Électrique', right: 'Schneider Electric SE', word: 'Électrique', translation: 'Electric' } },
      'Même nom, un mot traduit («\u00a0Électrique\u00a0» et «\u00a0Electric\u00a0»)\u00a0: «\u00a0Schneider Électrique\u00a0» et «\u00a0Schneider Electric SE\u00a0»',
      "Same name with a word translated ('Électrique' and 'Electric'): 'Schneider Électrique' and 'Schneider Electric SE'",
    ],
    [
      { code: 'JOINED_WORDS', params: { left: 'Cap Gemini', right: 'Capgemini SE' } },
      'Mêmes mots, attachés ou séparés\u00a0: «\u00a0Cap Gemini\u00a0» et «\u00a0Capgemini SE\u00a0»',
      "Same words, joined or split: 'Cap Gemini' and 'Capgemini SE'",
    ],
    [
      { code: 'COMMON_WORD', params: { word: 'Martin', count: 1000 } },
      '«\u00a0Martin\u00a0» figure dans 1\u202f000+ organisations de la base\u00a0: ce mot distingue peu',
      "'Martin' appears in 1,000+ organisations of the base: it tells little apart",
    ],
    [
      { code: 'TWO_NAMES', params: { left: 'Renard', right: 'Renaud', leftCount: 30, rightCount: 25 } },
      '«\u00a0Renard\u00a0» et «\u00a0Renaud\u00a0» sont deux noms de la base (30 et 25 organisations), pas le même nom mal orthographié',
      "'Renard' and 'Renaud' are two names of the base (30 and 25 organisations), not one name misspelt",
    ],
  ])('words $code in French and English', (reason, french, english) => {
    expect(describeMatchReason(reason, 'fr')).toBe(french);
    expect(describeMatchReason(reason, 'en')).toBe(english);
  });

  it('words every reason the matcher gives, with no placeholder left', () => {
    const org = (name: string, extra: Partial<OrganisationMatchProfile> = {}): OrganisationMatchProfile => ({ kind: 'organisation', names: [{ type: 'legal', value: name }], ...extra });
    const reasons = [
      scoreMatch(org('Elec de France', { siren: '552081317', city: 'Paris', emailDomains: ['edf.fr'] }), org('Electricité de France', { siret: '55208131704515', city: 'Lyon', website: 'edf.com' })),
      scoreMatch(org('Garnier', { postcode: '67000', phones: ['0388000000'] }), org('Conserverie Garnier', { postcode: '67000', phones: ['+33 3 88 00 00 00'] })),
      scoreMatch(org('Michelin'), org('Compagnie générale des établissements Michelin'), { frequencies: () => 1 }),
      scoreMatch(org('Martin'), org('Garage Martin'), { frequencies: () => 200 }),
      scoreMatch(org('Garage Renard'), org('Garage Renaud'), { frequencies: () => 30 }),
      scoreMatch(org('Cap Gemini'), org('Capgemini')),
      scoreMatch(org('Schneider Électrique'), org('Schneider Electric SE')),
      scoreMatch(org('L.V.M.H.'), org('LVMH Moët Hennessy Louis Vuitton')),
    ].flatMap((r) => r.reasons);
    expect(reasons.length).toBeGreaterThan(4);
    for (const code of ['DISTINCTIVE_WORD', 'COMMON_WORD', 'TWO_NAMES', 'JOINED_WORDS', 'TRANSLATED_NAME', 'ACRONYM']) expect(reasons.map((r) => r.code)).toContain(code);
    for (const reason of reasons) {
      for (const lang of ['fr', 'en'] as const) {
        const sentence = describeMatchReason(reason, lang);
        expect(sentence).not.toMatch(/undefined|\[object|\$\{/);
        expect(sentence.length).toBeGreaterThan(10);
      }
    }
  });
});
