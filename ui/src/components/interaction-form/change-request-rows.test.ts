import type { TierSummary } from '@relais/domain';
import { checkChangeRow, kindsFor, newChangeRow, toChangeRequest } from './change-request-rows';

const person: TierSummary = {
  id: 'p1',
  kind: 'person',
  name: 'Mme Anne Lemaire',
  lifecycle: null,
  jobTitle: null,
  siren: null,
  city: null,
  emails: [],
};
const organisation: TierSummary = { ...person, id: 'o1', kind: 'organisation', name: 'Brasserie Lemaire' };

describe('referential change requests from the pane', () => {
  it('offers what makes sense for the kind of tier', () => {
    expect(kindsFor(person)).toEqual(['left-company', 'new-phone']);
    expect(kindsFor(organisation)).toEqual(['new-address', 'new-phone']);
    expect(kindsFor(undefined)).toEqual([]);
  });

  it('checks each row before anything is sent', () => {
    const row = newChangeRow('o1');
    expect(checkChangeRow(row, undefined)).toBe('tier');
    expect(checkChangeRow(row, organisation)).toBe('kind');
    expect(checkChangeRow({ ...row, kind: 'left-company' }, organisation)).toBe('kind');
    expect(checkChangeRow({ ...row, kind: 'new-address' }, organisation)).toBe('address');
    expect(checkChangeRow({ ...row, kind: 'new-address', city: 'Arras' }, organisation)).toBeUndefined();
    expect(checkChangeRow({ ...row, kind: 'new-phone', phone: 'call me' }, organisation)).toBe('phone');
    expect(
      checkChangeRow({ ...row, kind: 'new-phone', phone: '+33 3 20 00 00 00' }, organisation),
    ).toBeUndefined();
  });

  it('adds a phone, leaving the ones the tier has as they are', () => {
    const row = {
      ...newChangeRow('p1'),
      kind: 'new-phone' as const,
      phone: ' 06 11 22 33 44 ',
      phoneType: 'mobile' as const,
    };
    const current = [{ type: 'direct', number: '03 20 12 34 60' }];
    expect(toChangeRequest(row, { phones: current }, 'left')).toEqual({
      tierId: 'p1',
      changes: [{ path: 'phones', op: 'add', to: { type: 'mobile', number: '06 11 22 33 44' } }],
    });
  });

  it('adds the new address of an organisation, not replacing its others (its site, its head office)', () => {
    const row = {
      ...newChangeRow('o1'),
      kind: 'new-address' as const,
      line: '18 rue Gambetta',
      postcode: '62000',
      city: 'Arras',
      reason: 'Déménagement',
    };
    expect(toChangeRequest(row, { addresses: [{ city: 'Lille' }] }, '')).toEqual({
      tierId: 'o1',
      changes: [
        {
          path: 'addresses',
          op: 'add',
          to: { kind: 'postal', lines: ['18 rue Gambetta'], postcode: '62000', city: 'Arras', country: 'FR' },
        },
      ],
      reason: 'Déménagement',
    });
  });

  it('ends the employment of someone who left, with its date, and retires only the addresses there', () => {
    const row = { ...newChangeRow('p1'), kind: 'left-company' as const };
    const current = {
      emails: ['anne@brasserie.fr', 'anne.perso@gmail.com'],
      employments: [{ relationId: 'r1', organisationId: 'o1', organisationName: 'Brasserie Lemaire', emailDomains: ['Brasserie.fr'] }],
    };
    expect(toChangeRequest(row, current, 'Mme Anne Lemaire has left the company.', '2026-11-23')).toEqual({
      tierId: 'p1',
      changes: [
        { path: 'relations.r1', from: { status: 'ongoing', endDate: null }, to: { status: 'ended', endDate: '2026-11-23' } },
        { path: 'emails', op: 'remove', id: 'anne@brasserie.fr', from: 'anne@brasserie.fr' },
      ],
      reason: 'Mme Anne Lemaire has left the company.',
    });
  });

  it('has nothing to end when no current employer is known', () => {
    const row = { ...newChangeRow('p1'), kind: 'left-company' as const };
    expect(toChangeRequest(row, { emails: ['anne@x.fr'], employments: [] }, 'left')).toBeUndefined();
  });
});
