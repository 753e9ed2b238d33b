import { retentionDecision } from './retention-decision';
import { RetentionPolicy } from './retention-policy.schema';
import type { LifecyclePeriod, RetentionSubject } from './retention-subject.schema';

const policy = RetentionPolicy.parse({});
const subject = (overrides: Partial<RetentionSubject> = {}): RetentionSubject => ({
  tierId: 'tier-1',
  kind: 'person',
  lifecycle: [{ value: 'prospect', validFrom: '2020-01-15T09:00:00Z', validTo: null }],
  createdAt: '2020-01-15T09:00:00Z',
  ...overrides,
});
const period = (value: LifecyclePeriod['value'], validFrom: string, validTo?: string): LifecyclePeriod => ({
  value,
  validFrom,
  validTo: validTo ?? null,
});

describe('retentionDecision: prospects and suspects', () => {
  it('keeps a prospect with a recent contact, 3 years from that contact', () => {
    const decision = retentionDecision(
      subject({ lastContactAt: '2025-06-02T14:00:00Z' }),
      policy,
      '2026-01-10T08:00:00Z',
    );
    expect(decision).toEqual({
      expiresAt: '2028-06-02',
      expired: false,
      rule: 'prospect-no-contact',
      years: 3,
      reason: expect.stringContaining('Last contact on 2025-06-02'),
    });
  });

  it('expires a prospect silent for 3 years and a day', () => {
    const decision = retentionDecision(
      subject({ lastContactAt: '2022-03-12T10:00:00Z' }),
      policy,
      '2025-03-13T10:00:00Z',
    );
    expect(decision).toMatchObject({ expiresAt: '2025-03-12', expired: true, rule: 'prospect-no-contact' });
  });

  it('counts from collection when there was no contact', () => {
    const decision = retentionDecision(subject(), policy, '2023-01-14T23:59:59Z');
    expect(decision).toMatchObject({ expiresAt: '2023-01-15', expired: false });
    expect(decision.reason).toContain('Collected on 2020-01-15');
  });

  it('counts from collection when the last contact is older than the collection', () => {
    const decision = retentionDecision(
      subject({ lastContactAt: '2019-05-01' }),
      policy,
      '2021-01-01T00:00:00Z',
    );
    expect(decision.expiresAt).toBe('2023-01-15');
  });

  it.each([
    ['the day before the anniversary', '2025-03-11T23:59:59Z', false],
    ['on the anniversary', '2025-03-12T00:00:00Z', true],
    ['the day after', '2025-03-13T00:00:00Z', true],
  ])('at the boundary: %s', (_label, now, expired) => {
    const decision = retentionDecision(subject({ lastContactAt: '2022-03-12T18:30:00Z' }), policy, now);
    expect(decision).toMatchObject({ expiresAt: '2025-03-12', expired });
  });

  it('ends a 29 February period on 28 February', () => {
    expect(
      retentionDecision(subject({ lastContactAt: '2024-02-29T12:00:00Z' }), policy, '2025-01-01T00:00:00Z')
        .expiresAt,
    ).toBe('2027-02-28');
  });

  it('counts days in UTC, whatever the offset written', () => {
    const decision = retentionDecision(
      subject({ lastContactAt: '2022-03-12T00:30:00+01:00' }),
      policy,
      '2025-03-11T12:00:00Z',
    );
    expect(decision).toMatchObject({ expiresAt: '2025-03-11', expired: true });
  });

  it('ignores a contact planned in the future', () => {
    const decision = retentionDecision(
      subject({ lastContactAt: '2030-01-01T00:00:00Z' }),
      policy,
      '2024-01-01T00:00:00Z',
    );
    expect(decision.expiresAt).toBe('2023-01-15');
    expect(decision.expired).toBe(true);
  });

  it('treats suspects, competitors and tiers without a lifecycle as prospects', () => {
    for (const lifecycle of [[period('suspect', '2020-01-15')], [period('competitor', '2020-01-15')], []]) {
      expect(retentionDecision(subject({ lifecycle }), policy, '2024-01-01T00:00:00Z')).toMatchObject({
        rule: 'prospect-no-contact',
        expiresAt: '2023-01-15',
        expired: true,
      });
    }
  });

  it('applies a stricter policy', () => {
    const strict = RetentionPolicy.parse({ prospectYears: 1 });
    expect(retentionDecision(subject(), strict, '2021-01-15T00:00:00Z')).toMatchObject({
      expiresAt: '2021-01-15',
      expired: true,
      years: 1,
    });
  });
});

describe('retentionDecision: clients', () => {
  const clientHistory = [period('prospect', '2015-01-01', '2016-04-01'), period('client', '2016-04-01')];

  it('keeps an active client however old the last contact', () => {
    const decision = retentionDecision(
      subject({ lifecycle: clientHistory, createdAt: '2015-01-01', lastContactAt: '2016-05-01' }),
      policy,
      '2026-01-01T00:00:00Z',
    );
    expect(decision).toEqual({
      expiresAt: null,
      expired: false,
      rule: 'active-client',
      years: null,
      reason: expect.stringContaining('Active client'),
    });
  });

  it('keeps an active partner too', () => {
    const decision = retentionDecision(
      subject({ lifecycle: [period('partner', '2018-01-01')] }),
      policy,
      '2026-01-01T00:00:00Z',
    );
    expect(decision).toMatchObject({ rule: 'active-client', expiresAt: null });
    expect(decision.reason).toContain('Active partner');
  });

  const former = [
    ...clientHistory.slice(0, 1),
    period('client', '2016-04-01', '2021-09-30T00:00:00Z'),
    period('former', '2021-09-30T00:00:00Z'),
  ];

  it('expires a former client 3 years after the relationship ended', () => {
    const s = subject({ lifecycle: former, createdAt: '2015-01-01' });
    expect(retentionDecision(s, policy, '2024-09-29T23:59:59Z')).toMatchObject({
      expiresAt: '2024-09-30',
      expired: false,
      rule: 'client-after-end',
      years: 3,
    });
    expect(retentionDecision(s, policy, '2024-09-30T00:00:00Z')).toMatchObject({
      expired: true,
      rule: 'client-after-end',
    });
    expect(retentionDecision(s, policy, '2024-09-30T00:00:00Z').reason).toContain(
      'Relationship ended on 2021-09-30',
    );
  });

  it('reads the end from relationEndedAt when the lifecycle still says client', () => {
    const s = subject({ lifecycle: clientHistory, createdAt: '2015-01-01', relationEndedAt: '2022-06-30' });
    expect(retentionDecision(s, policy, '2025-07-01T00:00:00Z')).toMatchObject({
      rule: 'client-after-end',
      expiresAt: '2025-06-30',
      expired: true,
    });
    expect(retentionDecision(s, policy, '2022-06-29T00:00:00Z')).toMatchObject({ rule: 'active-client' });
  });

  it('prefers the stated end over the lifecycle date', () => {
    const s = subject({ lifecycle: former, createdAt: '2015-01-01', relationEndedAt: '2021-12-31' });
    expect(retentionDecision(s, policy, '2023-01-01T00:00:00Z').expiresAt).toBe('2024-12-31');
  });

  it('keeps a client whose relationship started again after the stated end', () => {
    const s = subject({
      lifecycle: [
        ...former.slice(0, 2),
        period('former', '2021-09-30', '2023-02-01'),
        period('client', '2023-02-01'),
      ],
      relationEndedAt: '2021-09-30',
    });
    expect(retentionDecision(s, policy, '2026-01-01T00:00:00Z').rule).toBe('active-client');
  });

  it('reads an ended client period without a former period as an ended relationship', () => {
    const s = subject({ lifecycle: [period('client', '2016-04-01', '2020-03-01')] });
    expect(retentionDecision(s, policy, '2023-03-01T00:00:00Z')).toMatchObject({
      rule: 'client-after-end',
      expiresAt: '2023-03-01',
      expired: true,
    });
  });

  it('keeps a former client who got back in touch, as a prospect, from that contact', () => {
    const s = subject({ lifecycle: former, createdAt: '2015-01-01', lastContactAt: '2023-05-10T10:00:00Z' });
    expect(retentionDecision(s, policy, '2025-01-01T00:00:00Z')).toMatchObject({
      rule: 'prospect-no-contact',
      expiresAt: '2026-05-10',
      expired: false,
    });
  });

  it('does not extend a former client for contacts made during the relationship', () => {
    const s = subject({ lifecycle: former, createdAt: '2015-01-01', lastContactAt: '2021-06-01' });
    expect(retentionDecision(s, policy, '2025-01-01T00:00:00Z')).toMatchObject({
      rule: 'client-after-end',
      expired: true,
    });
  });

  it('uses the later period for a prospect that used to be a client', () => {
    const s = subject({
      lifecycle: [period('client', '2016-01-01', '2022-01-01'), period('prospect', '2022-01-01')],
      createdAt: '2016-01-01',
    });
    expect(retentionDecision(s, policy, '2024-01-01T00:00:00Z')).toMatchObject({
      rule: 'client-after-end',
      expiresAt: '2025-01-01',
    });
  });

  it('refuses unreadable dates', () => {
    expect(() =>
      retentionDecision(subject({ createdAt: 'yesterday' }), policy, '2024-01-01T00:00:00Z'),
    ).toThrow(RangeError);
    expect(() => retentionDecision(subject(), policy, 'now')).toThrow(RangeError);
  });
});
