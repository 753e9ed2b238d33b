import type { FactVersion } from '../model/fact';
import { currentValue, mergeFactHistories, survivorFactWrites } from './merge-tiers-facts';

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

const named = (name: string, value: string, validFrom: string, validTo: string | null): FactVersion => ({
  name, value, validFrom, validTo, confirmedAt: validFrom, recordedBy: 'u', source: { kind: 'api' },
});
const AT = '2026-06-01T00:00:00Z';
const source = { kind: 'merge' as const, id: 'dup' };
/** The history after the merge: the survivor's versions overwritten by the ones written. */
const after = (own: FactVersion[], written: FactVersion[]) => {
  const keyOf = (f: FactVersion) => `${f.name}\n${Date.parse(f.validFrom)}`;
  const all = new Map(own.map((f) => [keyOf(f), f]));
  written.forEach((f) => all.set(keyOf(f), f));
  return [...all.values()];
};

describe('survivorFactWrites', () => {
  const survivor = [named('owner', 'claire', '2024-01-01T00:00:00Z', null)];
  const duplicate = [named('owner', 'hugo', '2024-06-01T00:00:00Z', '2025-01-01T00:00:00Z'), named('owner', 'marc', '2025-01-01T00:00:00Z', null)];

  it('keeps the survivor’s current value, the duplicate’s versions joining the history closed at the merge', () => {
    const merged = after(survivor, survivorFactWrites(survivor, duplicate, source, AT));
    expect(currentValue(merged, 'owner')).toBe('claire');
    expect(merged.filter((v) => v.source.kind === 'merge').map((v) => [v.value, v.validTo])).toEqual([
      ['hugo', '2025-01-01T00:00:00Z'],
      ['marc', AT],
    ]);
  });

  it('takes the duplicate’s value when the steward picks it: a version opens at the merge', () => {
    const merged = after(survivor, survivorFactWrites(survivor, duplicate, source, AT, { owner: 'duplicate' }));
    expect(currentValue(merged, 'owner')).toBe('marc');
    expect(merged.find((v) => v.value === 'claire')!.validTo).toBe(AT);
    expect(merged.filter((v) => v.validTo === null)).toEqual([expect.objectContaining({ value: 'marc', validFrom: AT, source })]);
  });

  it('fills a gap: a fact the survivor never had keeps the duplicate’s current value', () => {
    const merged = after([], survivorFactWrites([], duplicate, source, AT));
    expect(currentValue(merged, 'owner')).toBe('marc');
  });

  it('is idempotent: merging again into the merged history writes nothing new', () => {
    for (const picks of [{}, { owner: 'duplicate' }] as Record<string, 'duplicate'>[]) {
      const once = after(survivor, survivorFactWrites(survivor, duplicate, source, AT, picks));
      expect(after(once, survivorFactWrites(once, duplicate, source, AT, picks))).toEqual(once);
    }
  });
});
