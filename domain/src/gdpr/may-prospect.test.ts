import { mayProspect } from './may-prospect';
import { PersonConsent } from './person-consent.schema';

const record = (overrides: Partial<PersonConsent>): PersonConsent => ({
  channel: 'email',
  legalBasis: 'legitimate-interest',
  status: 'unknown',
  source: 'Salon Batimat 2025',
  date: '2025-01-10T10:00:00Z',
  ...overrides,
});

describe('mayProspect', () => {
  it('allows B2B e-mail prospecting by default (opt-out)', () => {
    expect(mayProspect([], 'email')).toBe(true);
    expect(mayProspect([record({})], 'email')).toBe(true);
  });

  it.each(['objected', 'withdrawn'] as const)('refuses once the person has %s', (status) => {
    expect(mayProspect([record({ status })], 'email')).toBe(false);
  });

  it('reads each channel on its own', () => {
    const consents = [record({ channel: 'phone', status: 'objected' })];
    expect(mayProspect(consents, 'phone')).toBe(false);
    expect(mayProspect(consents, 'email')).toBe(true);
  });

  it('lets the latest explicit answer decide', () => {
    const objected = record({ status: 'objected', date: '2025-01-10' });
    const granted = record({ status: 'granted', date: '2025-06-01' });
    expect(mayProspect([granted, objected], 'email')).toBe(true);
    expect(
      mayProspect([objected, granted, record({ status: 'withdrawn', date: '2025-09-01' })], 'email'),
    ).toBe(false);
  });

  it('never lets a later unknown record erase an objection', () => {
    const consents = [
      record({ status: 'objected', date: '2024-01-01' }),
      record({ status: 'unknown', date: '2025-01-01' }),
    ];
    expect(mayProspect(consents, 'email')).toBe(false);
  });

  it('lets a refusal win over a grant recorded at the same instant', () => {
    const at = '2025-01-10T10:00:00Z';
    expect(
      mayProspect(
        [record({ status: 'objected', date: at }), record({ status: 'granted', date: at })],
        'email',
      ),
    ).toBe(false);
  });

  it('needs a granted consent when consent is the legal basis', () => {
    expect(mayProspect([record({ channel: 'sms', legalBasis: 'consent' })], 'sms')).toBe(false);
    expect(mayProspect([record({ channel: 'sms', legalBasis: 'consent', status: 'granted' })], 'sms')).toBe(
      true,
    );
    expect(mayProspect([record({ legalBasis: 'legal-obligation' })], 'email')).toBe(false);
    expect(mayProspect([record({ legalBasis: 'contract' })], 'email')).toBe(true);
  });
});

describe('PersonConsent', () => {
  it('accepts a full record', () => {
    expect(PersonConsent.parse(record({ status: 'granted' }))).toEqual(record({ status: 'granted' }));
  });

  it.each([
    [{ channel: 'fax' }, 'channel'],
    [{ legalBasis: 'vital-interest' }, 'legalBasis'],
    [{ status: 'maybe' }, 'status'],
    [{ source: 'x'.repeat(201) }, 'source'],
    [{ source: '  ' }, 'source'],
    [{ date: '10/01/2025' }, 'date'],
  ])('refuses %j', (overrides, path) => {
    const result = PersonConsent.safeParse({ ...record({}), ...overrides });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
});
