import type { ChangeRequest } from '../model/change-request.schema';
import type { FactVersion } from '../model/fact';
import type { Tier } from '../model/tier.schema';
import { applyChanges } from './apply-changes';
import { detectConflicts } from './detect-conflicts';

const at = '2025-03-14T09:30:00.000Z';
const tier: Tier = {
  kind: 'organisation',
  id: 't1',
  names: [{ type: 'legal', value: 'Electricité de France' }],
  siren: '552081317',
  website: 'https://edf.fr',
  addresses: [{ kind: 'postal', lines: ['22-30 avenue de Wagram'], postcode: '75008', city: 'Paris', country: 'FR' }],
  ownerTeam: 'north',
  confidentiality: 'public',
  status: 'active',
  lifecycle: 'prospect',
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'rep-1',
  updatedAt: '2024-01-01T00:00:00.000Z',
};
const fact = (name: string, value: string): FactVersion => ({
  name,
  value,
  validFrom: '2024-01-01T00:00:00.000Z',
  validTo: null,
  confirmedAt: '2024-01-01T00:00:00.000Z',
  recordedBy: 'rep-1',
  source: { kind: 'creation' },
});
const facts = [fact('sign', 'EDF Boutique'), fact('lifecycle', 'prospect')];
const request = (changes: ChangeRequest['changes']): ChangeRequest => ({
  id: 'cr1',
  tierId: 't1',
  changes,
  reason: 'Seen on their letterhead',
  interactionId: null,
  status: 'pending',
  requestedBy: 'rep-1',
  requestedByName: 'Rep One',
  requestedAt: at,
  approverIds: ['boss'],
  routing: 'manager',
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
});

describe('detectConflicts', () => {
  it('accepts a change whose starting value still holds, as the schema would store it', () => {
    expect(detectConflicts(tier, facts, [{ path: 'siren', from: '552 081 317', to: '552081317' }])).toEqual([]);
    expect(detectConflicts(tier, facts, [{ path: 'facts.sign', from: 'EDF Boutique', to: 'EDF Store' }])).toEqual([]);
  });

  it('compares structured values whatever the key order, with defaults applied', () => {
    const from = [{ city: 'Paris', postcode: '75008', lines: ['22-30 avenue de Wagram'] }];
    expect(detectConflicts(tier, facts, [{ path: 'addresses', from, to: [{ city: 'Lyon' }] }])).toEqual([]);
  });

  it('reports a change whose starting value no longer holds', () => {
    expect(detectConflicts(tier, facts, [{ path: 'website', from: 'https://old.example.fr', to: 'https://new.example.fr' }])).toEqual([
      { path: 'website', expected: 'https://old.example.fr', actual: 'https://edf.fr' },
    ]);
    expect(detectConflicts(tier, facts, [{ path: 'facts.sign', from: 'Other', to: 'EDF Store' }])[0]?.actual).toBe('EDF Boutique');
  });

  it('does not report a change someone already made, nor one without a starting value', () => {
    expect(detectConflicts(tier, facts, [{ path: 'website', from: 'https://old.example.fr', to: 'https://edf.fr' }])).toEqual([]);
    expect(detectConflicts(tier, facts, [{ path: 'website', to: 'https://new.example.fr' }])).toEqual([]);
  });

  it('treats an absent field and an empty list alike', () => {
    expect(detectConflicts(tier, facts, [{ path: 'phones', from: [], to: ['+33 1 40 42 22 22'] }])).toEqual([]);
  });
});

describe('applyChanges', () => {
  it('opens a new dated version of a fact and closes the old one', () => {
    const applied = applyChanges(tier, facts, request([{ path: 'facts.sign', from: 'EDF Boutique', to: 'EDF Store' }]), at);
    if ('errors' in applied) throw new Error('unexpected errors');
    expect(applied.facts).toEqual([
      { ...facts[0], validTo: at },
      expect.objectContaining({ name: 'sign', value: 'EDF Store', validFrom: at, validTo: null, source: { kind: 'change-request', id: 'cr1' } }),
    ]);
    expect(applied.profileChanged).toBe(false);
  });

  it('keeps a mirrored fact and its tier field together', () => {
    const applied = applyChanges(tier, facts, request([{ path: 'facts.lifecycle', to: 'client' }]), at);
    if ('errors' in applied) throw new Error('unexpected errors');
    expect(applied.tier.lifecycle).toBe('client');
    expect(applied.facts.map((f) => [f.value, f.validTo])).toEqual([
      ['prospect', at],
      ['client', null],
    ]);
  });

  it('replaces a top-level field and records what it held before', () => {
    const applied = applyChanges(tier, facts, request([{ path: 'website', to: 'https://www.edf.fr' }]), at);
    if ('errors' in applied) throw new Error('unexpected errors');
    expect(applied.tier).toMatchObject({ website: 'https://www.edf.fr', updatedAt: at });
    expect(applied.changes).toEqual([{ path: 'website', from: 'https://edf.fr', to: 'https://www.edf.fr' }]);
    expect(applied.profileChanged).toBe(true);
  });

  it('refuses values that no longer fit the tier', () => {
    const applied = applyChanges(tier, facts, request([{ path: 'siret', to: '35600000000048' }]), at);
    expect(applied).toEqual({ errors: [{ path: 'siret', message: 'The SIRET would no longer start with the SIREN.' }] });
  });
});
