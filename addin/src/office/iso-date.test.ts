import { toIsoWithOffset } from './iso-date';

// jest gives each test file a copy of process.env, so TZ cannot be switched here: pin the offset.
const inTimeZoneOffset = (minutesEastOfUtc: number): void => {
  jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-minutesEastOfUtc);
};

describe('toIsoWithOffset', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps the local wall-clock time and states the offset', () => {
    inTimeZoneOffset(60);
    expect(toIsoWithOffset(new Date('2025-03-14T08:30:00Z'))).toBe('2025-03-14T09:30:00+01:00');
  });

  it('writes negative, half-hour and zero offsets', () => {
    inTimeZoneOffset(-210);
    expect(toIsoWithOffset(new Date('2025-01-10T12:00:00Z'))).toBe('2025-01-10T08:30:00-03:30');
    inTimeZoneOffset(0);
    expect(toIsoWithOffset(new Date('2025-01-10T12:00:00Z'))).toBe('2025-01-10T12:00:00+00:00');
  });

  it('keeps the instant whatever the machine time zone', () => {
    const date = new Date('2025-07-14T08:30:00Z');
    expect(Date.parse(toIsoWithOffset(date))).toBe(date.getTime());
  });

  it('is empty for a missing or invalid date', () => {
    expect(toIsoWithOffset(undefined)).toBe('');
    expect(toIsoWithOffset(null)).toBe('');
    expect(toIsoWithOffset(new Date('not a date'))).toBe('');
  });
});
