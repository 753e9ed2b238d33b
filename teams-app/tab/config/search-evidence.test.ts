import type { LookupResult, TierSummary } from '@relais/domain';
import { keyEvidence, organisationsOfLookup, queryKind } from './search-evidence';

const org = (id: string, name: string): TierSummary => ({
  id,
  kind: 'organisation',
  name,
  lifecycle: null,
  jobTitle: null,
  siren: null,
  city: null,
  emails: [],
});

describe('search evidence', () => {
  it('reads queries as the API does', () => {
    expect(queryKind('anne.lemaire@brasserie-lemaire.fr')).toBe('email');
    expect(queryKind('362 275 869')).toBe('siren');
    expect(queryKind('362 275 869 06965')).toBe('siret');
    expect(queryKind('03 20 12 34 56')).toBe('phone');
    expect(queryKind('brasserie lem')).toBe('name');
  });

  it('words what a hit shares with the query', () => {
    expect(keyEvidence('362 275 869')).toEqual({ code: 'same-siren', detail: '362275869' });
    expect(keyEvidence('+33 3 20 12 34 56')).toEqual({ code: 'same-phone', detail: '+33 3 20 12 34 56' });
    expect(keyEvidence(' lemaire ')).toBeNull();
  });

  it('merges an organisation found as an employer and by domain into one hit', () => {
    const lemaire = org('l', 'Brasserie Lemaire');
    const results: LookupResult[] = [
      {
        email: 'anne.lemaire@brasserie-lemaire.fr',
        status: 'matched',
        persons: [
          {
            tier: { ...org('a', 'Anne Lemaire'), kind: 'person' },
            evidence: [{ code: 'same-email', detail: 'anne.lemaire@brasserie-lemaire.fr' }],
            organisations: [
              { tier: lemaire, evidence: [{ code: 'employer-of-person', detail: 'Anne Lemaire' }] },
            ],
          },
        ],
        organisations: [
          { tier: lemaire, evidence: [{ code: 'email-domain', detail: 'brasserie-lemaire.fr' }] },
        ],
      },
    ];
    expect(organisationsOfLookup(results)).toEqual([
      {
        tier: lemaire,
        evidence: [
          { code: 'employer-of-person', detail: 'Anne Lemaire' },
          { code: 'email-domain', detail: 'brasserie-lemaire.fr' },
        ],
      },
    ]);
  });
});
