import type { FactVersion } from '../model/fact';
import { currentValue, mergeFactHistories } from './merge-tiers-facts';

const version = (value: string, validFrom: string, validTo: string | null): FactVersion => ({
  name: 'lifecycle', value, validFrom, validTo, confirmedAt: validFrom, recordedBy: 'u', source: { kind: 'api' },
});

describe('mergeFactHistories', () => {
  const survivor = [version('prospect', '2024-01-01T00:00:00Z', null)];
  const duplicate = [version('client', '2024-06-01T00:00:00Z', '2025-01-01T00:00:00Z'), version('former', '2025-01-01T00:00:00Z', null)];
  const merged = mergeFactHistories(survivor, duplicate, { kind: 'merge', id: 'dup' });

  it('orders both histories by date, closing each version when the next starts', () => {
    expect(merged.map((v) => [v.value, v.validFrom, v.validTo])).toEqual([
      ['prospect', '2024-01-01T00:00:00Z', '2024-06-01T00:00:00Z'],
      ['client', '2024-06-01T00:00:00Z', '2025-01-01T00:00:00Z'],
      ['former', '2025-01-01T00:00:00Z', null],
    ]);
    expect(currentValue(merged, 'lifecycle')).toBe('former');
  });

  it('tags what came from the other history and is idempotent', () => {
    expect(merged.filter((v) => v.source.kind === 'merge').map((v) => v.value)).toEqual(['client', 'former']);
    expect(mergeFactHistories(merged, duplicate, { kind: 'merge', id: 'dup' })).toEqual(merged);
  });

  it('keeps a version that ended before the next one started', () => {
    const gap = mergeFactHistories([version('client', '2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z')], [version('prospect', '2023-01-01T00:00:00Z', null)], { kind: 'merge' });
    expect(gap.map((v) => v.validTo)).toEqual(['2021-01-01T00:00:00Z', null]);
  });
});
