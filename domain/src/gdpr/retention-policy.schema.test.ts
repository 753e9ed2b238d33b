import { RetentionPolicy } from './retention-policy.schema';
import { RetentionSubject } from './retention-subject.schema';

describe('RetentionPolicy', () => {
  it('defaults to the CNIL periods and erasure', () => {
    expect(RetentionPolicy.parse({})).toEqual({ prospectYears: 3, clientYearsAfterEnd: 3, action: 'erase' });
  });

  it('accepts a stricter policy and archiving', () => {
    expect(RetentionPolicy.parse({ prospectYears: 2, clientYearsAfterEnd: 1, action: 'archive' })).toEqual({
      prospectYears: 2,
      clientYearsAfterEnd: 1,
      action: 'archive',
    });
  });

  it.each([
    [{ prospectYears: 4 }, 'prospectYears', 'at most 3 years'],
    [{ clientYearsAfterEnd: 5 }, 'clientYearsAfterEnd', 'at most 3 years'],
    [{ prospectYears: 0 }, 'prospectYears', 'at least 1 year'],
    [{ prospectYears: 2.5 }, 'prospectYears', 'whole number'],
    [{ prospectYears: '3' }, 'prospectYears', ''],
    [{ action: 'delete' }, 'action', ''],
    [{ keepForever: true }, '', ''],
  ])('refuses %j', (input, path, message) => {
    const result = RetentionPolicy.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(issue?.message).toContain(message);
  });
});

describe('RetentionSubject', () => {
  const valid = {
    tierId: 'org-42',
    kind: 'organisation',
    lifecycle: [{ value: 'client', validFrom: '2020-01-01T00:00:00Z', validTo: null }],
    createdAt: '2019-12-01',
    lastContactAt: '2024-05-01T10:00:00+02:00',
  };

  it('accepts dates and date-times', () => {
    expect(RetentionSubject.safeParse(valid).success).toBe(true);
  });

  it('refuses unknown lifecycle values and malformed dates', () => {
    expect(
      RetentionSubject.safeParse({ ...valid, lifecycle: [{ value: 'lead', validFrom: '2020-01-01' }] })
        .success,
    ).toBe(false);
    expect(RetentionSubject.safeParse({ ...valid, createdAt: '01/12/2019' }).success).toBe(false);
  });
});
