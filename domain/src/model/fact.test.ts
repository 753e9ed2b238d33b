import { changeFact, isStale, valueAt, viewFact, type FactVersion } from './fact';

const base: FactVersion = {
  name: 'lifecycle',
  value: 'prospect',
  validFrom: '2024-01-10T09:00:00+01:00',
  validTo: null,
  confirmedAt: '2024-01-10T09:00:00+01:00',
  recordedBy: 'u1',
  source: { kind: 'api' },
};

describe('dated facts', () => {
  it('closes the old value and opens the new one on change', () => {
    const change = changeFact(base, { name: 'lifecycle', value: 'client', at: '2025-02-01T10:00:00+01:00', by: 'u2', source: { kind: 'api' } });
    expect(change.close).toMatchObject({ value: 'prospect', validTo: '2025-02-01T10:00:00+01:00' });
    expect(change.open).toMatchObject({ value: 'client', validFrom: '2025-02-01T10:00:00+01:00', validTo: null, recordedBy: 'u2' });
  });

  it('records only a confirmation when the value is unchanged', () => {
    const change = changeFact(base, { name: 'lifecycle', value: 'prospect', at: '2025-02-01T10:00:00+01:00', by: 'u2', source: { kind: 'api' } });
    expect(change.open).toBeUndefined();
    expect(change.close).toMatchObject({ validTo: null, confirmedAt: '2025-02-01T10:00:00+01:00' });
  });

  it('flags a current fact unconfirmed for longer than its period as stale', () => {
    expect(isStale(base, '2024-06-01T00:00:00Z')).toBe(false);
    expect(isStale(base, '2025-06-01T00:00:00Z')).toBe(true);
    expect(isStale(base, '2024-03-01T00:00:00Z', 30)).toBe(true);
    expect(viewFact({ ...base, validTo: '2024-02-01T00:00:00Z' }, '2030-01-01T00:00:00Z').stale).toBe(false);
  });

  it('answers the value at a past date from the history', () => {
    const change = changeFact(base, { name: 'lifecycle', value: 'client', at: '2025-02-01T10:00:00+01:00', by: 'u2', source: { kind: 'api' } });
    const history = [change.open!, change.close!];
    expect(valueAt(history, '2024-12-31T00:00:00Z')).toBe('prospect');
    expect(valueAt(history, '2025-03-01T00:00:00Z')).toBe('client');
    expect(valueAt(history, '2020-01-01T00:00:00Z')).toBeUndefined();
  });
});
