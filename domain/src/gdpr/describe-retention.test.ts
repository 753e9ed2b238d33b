import { describeRetention } from './describe-retention';
import type { RetentionDecision } from './retention-decision';

const decision = (overrides: Partial<RetentionDecision>): RetentionDecision => ({
  expiresAt: '2027-03-12',
  expired: false,
  rule: 'prospect-no-contact',
  years: 3,
  reason: '',
  ...overrides,
});

describe('describeRetention', () => {
  it('tells when a prospect expires', () => {
    expect(describeRetention(decision({}), 'fr')).toBe(
      'Expire le 12/03/2027 : prospect sans contact depuis 3 ans',
    );
    expect(describeRetention(decision({}), 'en')).toBe(
      'Expires on 12 March 2027: prospect with no contact for 3 years',
    );
  });

  it('tells when a former client expires', () => {
    const d = decision({ rule: 'client-after-end', expiresAt: '2026-01-05' });
    expect(describeRetention(d, 'fr')).toBe(
      'Expire le 05/01/2026 : 3 ans après la fin de la relation client',
    );
    expect(describeRetention(d, 'en')).toBe(
      'Expires on 5 January 2026: 3 years after the client relationship ended',
    );
  });

  it('says when data has already expired, in the singular when needed', () => {
    const d = decision({ expired: true, years: 1 });
    expect(describeRetention(d, 'fr')).toBe(
      'Expiré depuis le 12/03/2027 : prospect sans contact depuis 1 an',
    );
    expect(describeRetention(d, 'en')).toBe('Expired on 12 March 2027: prospect with no contact for 1 year');
  });

  it('says an active client is kept', () => {
    const d = decision({ rule: 'active-client', expiresAt: null, years: null });
    expect(describeRetention(d, 'fr')).toBe('Conservé tant que la relation commerciale dure');
    expect(describeRetention(d, 'en')).toBe('Kept while the business relationship lasts');
  });
});
