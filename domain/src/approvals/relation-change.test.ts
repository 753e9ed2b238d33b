import type { ChangeRequest } from '../model/change-request.schema';
import type { Tier } from '../model/tier.schema';
import type { RelationEdge } from '../ports/tier-store.port';
import { applyChanges } from './apply-changes';
import { detectConflicts } from './detect-conflicts';

const at = '2026-11-23T10:00:00.000Z';
const anne = {
  kind: 'person',
  id: 'p1',
  civility: 'Mme',
  firstName: 'Anne',
  lastName: 'Lemaire',
  emails: ['anne@brasserie.fr'],
  ownerTeam: 'north',
  confidentiality: 'public',
  status: 'active',
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'rep-1',
  updatedAt: '2024-01-01T00:00:00.000Z',
} as Tier;
const employment: RelationEdge = {
  id: 'r1',
  typeId: 'works-for',
  fromId: 'p1',
  toId: 'o1',
  status: 'ongoing',
  startDate: '2022-03-14',
  endDate: null,
  createdAt: '2022-03-14T00:00:00.000Z',
  createdBy: 'rep-1',
  updatedAt: '2022-03-14T00:00:00.000Z',
  fromName: 'Mme Anne Lemaire',
  fromKind: 'person',
  toName: 'Brasserie Lemaire',
  toKind: 'organisation',
};
const ongoing = { status: 'ongoing', endDate: null };
const request = (changes: ChangeRequest['changes']): ChangeRequest => ({
  id: 'cr1',
  tierId: 'p1',
  changes,
  reason: 'Mme Anne Lemaire has left the company.',
  interactionId: null,
  status: 'pending',
  requestedBy: 'rep-1',
  requestedByName: 'Rep One',
  requestedAt: at,
  approverIds: [],
  routing: 'stewards-fallback',
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
});

describe('"left the company": a change request that ends a relation', () => {
  it('ends the employment on the date asked and keeps the person', () => {
    const applied = applyChanges(anne, [], request([{ path: 'relations.r1', from: ongoing, to: { status: 'ended', endDate: '2026-11-20' } }]), at, [employment]);
    if ('errors' in applied) throw new Error(JSON.stringify(applied.errors));
    expect(applied.relations).toEqual([{ ...employment, status: 'ended', endDate: '2026-11-20', updatedAt: at }]);
    expect(applied.tier).toMatchObject({ id: 'p1', status: 'active', lastName: 'Lemaire', emails: ['anne@brasserie.fr'] });
    expect(applied.profileChanged).toBe(false);
    expect(applied.changes).toEqual([{ path: 'relations.r1', from: ongoing, to: { status: 'ended', endDate: '2026-11-20' } }]);
  });

  it('ends it on the day of approval when no date was given', () => {
    const applied = applyChanges(anne, [], request([{ path: 'relations.r1', to: { status: 'ended' } }]), at, [employment]);
    expect('errors' in applied ? applied.errors : applied.relations[0]?.endDate).toBe('2026-11-23');
  });

  it('refuses an end before the start, and a relation the tier does not have', () => {
    const early = applyChanges(anne, [], request([{ path: 'relations.r1', to: { status: 'ended', endDate: '2020-01-01' } }]), at, [employment]);
    expect(early).toEqual({ errors: [{ path: 'changes.0.to.endDate', message: 'The end date is before the start date.' }] });
    const unknown = applyChanges(anne, [], request([{ path: 'relations.r9', to: { status: 'ended' } }]), at, [employment]);
    expect(unknown).toEqual({ errors: [{ path: 'changes.0.path', message: 'The relation no longer exists.' }] });
  });

  it('conflicts when the relation changed or went away since the request was made', () => {
    const change = { path: 'relations.r1', from: ongoing, to: { status: 'ended', endDate: '2026-11-20' } };
    expect(detectConflicts(anne, [], [change], [employment])).toEqual([]);
    const endedOtherwise = { ...employment, status: 'ended' as const, endDate: '2025-01-31' };
    expect(detectConflicts(anne, [], [change], [endedOtherwise])).toEqual([
      { path: 'relations.r1', expected: ongoing, actual: { status: 'ended', endDate: '2025-01-31' } },
    ]);
    expect(detectConflicts(anne, [], [change], [])).toEqual([{ path: 'relations.r1', expected: ongoing, actual: null }]);
  });
});
