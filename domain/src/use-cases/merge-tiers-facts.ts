import type { FactVersion } from '../model/fact';

const at = (iso: string): number => Date.parse(iso);
/** A fact version's row: its fact and when it starts. */
export const factKey = (f: Pick<FactVersion, 'name' | 'validFrom'>): string => `${f.name}\n${at(f.validFrom)}`;

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

/** Whose current value a merged fact keeps: the survivor's unless the steward picked the duplicate's. */
export type FactPick = 'survivor' | 'duplicate';

/**
 * The fact versions a merge writes into the survivor's history. The survivor's current value stays
 * current, unless it has none or the steward picked the duplicate's; then the duplicate's value
 * opens a version at the merge (the survivor's own closes there). Every version of the duplicate
 * joins the history, tagged with its origin, closed at the merge if it was still open: the
 * duplicate's values are kept as history, never silently made current. Idempotent: merging again
 * into a merged history writes the same versions.
 */
export const survivorFactWrites = (
  own: readonly FactVersion[],
  incoming: readonly FactVersion[],
  source: FactVersion['source'],
  mergedAt: string,
  picks: Readonly<Record<string, FactPick>> = {},
): FactVersion[] => {
  const held = new Set(own.map(factKey));
  const names = [...new Set(incoming.map((f) => f.name))];
  return names.flatMap((name) => {
    const mine = own.find((f) => f.name === name && f.validTo === null);
    const theirs = incoming.find((f) => f.name === name && f.validTo === null);
    const takeTheirs = theirs !== undefined && (mine === undefined || (picks[name] === 'duplicate' && mine.value !== theirs.value));
    const history = incoming
      .filter((f) => f.name === name && !held.has(factKey(f)))
      .map((f) => ({ ...f, source, validTo: f.validTo ?? (mine === undefined ? null : mergedAt) }));
    if (!takeTheirs || mine === undefined) return history;
    const opened: FactVersion = { ...theirs, validFrom: mergedAt, validTo: null, confirmedAt: mergedAt, source };
    return [...history, { ...mine, validTo: mergedAt }, ...(held.has(factKey(opened)) ? [] : [opened])];
  });
};
