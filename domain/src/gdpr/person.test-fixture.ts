import type { Tier } from '../model/tier.schema';

/** A person as the GDPR tests need her: the names, e-mails and phones that may mention her, the rest fixed. */
export const personOf = (firstName: string, lastName: string, emails: string[], phones: string[]): Tier =>
  ({
    kind: 'person',
    id: 'p-1',
    firstName,
    lastName,
    emails,
    phones: phones.map((number) => ({ number, type: 'mobile' })),
    ownerTeam: 'north',
    confidentiality: 'public',
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: 'rep-1',
    updatedAt: '2026-01-01T00:00:00Z',
  }) as Tier;
