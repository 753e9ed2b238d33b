import type { TierSummary } from '@relais/domain';
import { addressOptions, defaultTiers, isUndecided, mergeOptions } from './address-options';
import type { AddressMatch, PersonOption, TierOption } from './tier-match.types';

const tier = (id: string, kind: TierSummary['kind'] = 'organisation'): TierSummary => ({
  id,
  kind,
  name: id,
  lifecycle: null,
  jobTitle: null,
  siren: null,
  city: null,
  emails: [],
});
const org = (id: string, code: TierOption['evidence'][number]['code'] = 'email-domain'): TierOption => ({
  tier: tier(id),
  evidence: [{ code, detail: code === 'email-domain' ? 'dumas-groupe.fr' : 'someone' }],
});
const person = (id: string, organisations: TierOption[] = []): PersonOption => ({
  tier: tier(id, 'person'),
  evidence: [{ code: 'same-email', detail: `${id}@x.fr` }],
  organisations,
});
const match = (
  status: AddressMatch['status'],
  persons: PersonOption[],
  organisations: TierOption[],
): AddressMatch => ({
  email: 'a@dumas-groupe.fr',
  status,
  persons,
  organisations,
});

describe('what the pane ticks for an address', () => {
  it('ticks a known person and her employer, not the other organisations of the domain', () => {
    const m = match(
      'matched',
      [person('anne', [org('papiers', 'employer-of-person')])],
      [org('papiers'), org('emballages')],
    );
    expect(defaultTiers(m, undefined).map((o) => o.tier.id)).toEqual(['anne', 'papiers']);
    expect(addressOptions(m, undefined).options.map((o) => o.tier.id)).toEqual([
      'anne',
      'papiers',
      'emballages',
    ]);
  });

  it('merges the reasons of an organisation reached as employer and by domain', () => {
    const merged = mergeOptions([org('papiers', 'employer-of-person'), org('papiers')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((e) => e.code)).toEqual(['employer-of-person', 'email-domain']);
  });

  it('falls back to the one organisation of the domain for a person without employer', () => {
    expect(
      defaultTiers(match('matched', [person('anne')], [org('papiers')]), undefined).map((o) => o.tier.id),
    ).toEqual(['anne', 'papiers']);
  });

  it('ticks the organisation of an unknown person at a known company', () => {
    expect(defaultTiers(match('matched', [], [org('aubert')]), undefined).map((o) => o.tier.id)).toEqual([
      'aubert',
    ]);
  });

  it('never picks among several organisations of one domain: the rep chooses', () => {
    const m = match('ambiguous', [], [org('papiers'), org('emballages')]);
    expect(defaultTiers(m, undefined)).toEqual([]);
    expect(isUndecided(m, undefined)).toBe(true);
    expect(addressOptions(m, undefined).choices.map((o) => o.tier.id)).toEqual(['papiers', 'emballages']);
    expect(defaultTiers(m, 'emballages').map((o) => o.tier.id)).toEqual(['emballages']);
    expect(isUndecided(m, 'none')).toBe(false);
  });

  it('never picks among several persons with one address; the chosen one comes with her employer', () => {
    const m = match(
      'ambiguous',
      [
        person('claude-1', [org('papiers', 'employer-of-person')]),
        person('claude-2', [org('emballages', 'employer-of-person')]),
      ],
      [],
    );
    expect(defaultTiers(m, undefined)).toEqual([]);
    expect(defaultTiers(m, 'claude-2').map((o) => o.tier.id)).toEqual(['claude-2', 'emballages']);
    expect(addressOptions(m, 'claude-2').options.map((o) => o.tier.id)).toEqual(['emballages']);
  });

  it('ticks nothing for colleagues, unknown or invalid addresses', () => {
    expect(defaultTiers(match('internal', [], []), undefined)).toEqual([]);
    expect(defaultTiers(match('unknown', [], []), undefined)).toEqual([]);
    expect(defaultTiers(match('invalid', [], []), undefined)).toEqual([]);
  });
});
