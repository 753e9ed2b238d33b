import type { FactVersion } from '../model/fact';

const at = (iso: string): number => Date.parse(iso);

/**
 * One history per fact out of two, merged by date: each version keeps its dates, except that a
 * version still open (or ending later) closes when the next one starts; the latest start is the
 * current value. Versions from the other history are tagged with their origin. Idempotent: merging
 * a history already merged gives the same versions.
 */
export const mergeFactHistories = (own: readonly FactVersion[], incoming: readonly FactVersion[], source: FactVersion['source']): FactVersion[] => {
  const names = [...new Set(incoming.map((f) => f.name))];
  return names.flatMap((name) => {
    const versions = new Map<number, FactVersion>();
    for (const f of own.filter((v) => v.name === name)) versions.set(at(f.validFrom), f);
    for (const f of incoming.filter((v) => v.name === name)) if (!versions.has(at(f.validFrom))) versions.set(at(f.validFrom), { ...f, source });
    const sorted = [...versions.values()].sort((a, b) => at(a.validFrom) - at(b.validFrom));
    return sorted.map((version, i) => {
      const next = sorted[i + 1];
      if (!next) return version;
      const endsAfterNext = version.validTo === null || at(version.validTo) > at(next.validFrom);
      return endsAfterNext ? { ...version, validTo: next.validFrom } : version;
    });
  });
};

/** The current value of a fact in a history, if it has one. */
export const currentValue = (facts: readonly FactVersion[], name: string): FactVersion['value'] | undefined =>
  facts.filter((f) => f.name === name && f.validTo === null).sort((a, b) => at(b.validFrom) - at(a.validFrom))[0]?.value;
