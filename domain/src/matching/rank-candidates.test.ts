import type { OrganisationMatchProfile } from './match-profile';
import { rankCandidates } from './rank-candidates';

const org = (id: string, name: string, extra: Partial<OrganisationMatchProfile> = {}): OrganisationMatchProfile => ({ kind: 'organisation', id, names: [{ type: 'legal', value: name }], ...extra });

describe('rankCandidates', () => {
  const candidates = [
    org('c1', 'Boulangerie Martin', { city: 'Bordeaux' }),
    org('c2', 'Garage Dupuis'),
    org('c3', 'Electricité de France', { website: 'edf.fr' }),
    org('c4', 'EDF Renouvelables', { siren: '379677636' }),
    org('c5', 'Elec de France'),
  ];

  it('ranks best first, with reasons, and omits weak candidates', () => {
    const ranked = rankCandidates(org('draft', 'EDF', { emailDomains: ['edf.fr'] }), candidates, { limit: 10 });
    expect(ranked.map((c) => c.id)).toEqual(['c3', 'c5', 'c4']);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
    expect(ranked[0].reasons.map((r) => r.code).sort()).toEqual(['ACRONYM', 'WEBSITE_MATCHES_EMAIL_DOMAIN']);
    expect(ranked.every((c) => c.score >= 0.3)).toBe(true);
  });

  it('honours the limit and skips the draft itself', () => {
    const draft = org('c5', 'Elec de France');
    const ranked = rankCandidates(draft, [...candidates, draft], { limit: 1 });
    expect(ranked).toHaveLength(1);
    expect(ranked[0].id).toBe('c3');
  });
});
