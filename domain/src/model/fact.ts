import { z } from 'zod';
import { IsoDateTime, UserId } from './common.schema';
import { factDefinition, type FactValue } from './fact-definitions';

export const FactSource = z.object({
  kind: z.enum(['api', 'creation', 'change-request', 'import', 'merge']),
  id: z.string().optional(),
});

/** One value of a fact over one period. The current value has `validTo: null`. */
export const FactVersion = z
  .object({
    name: z.string(),
    value: z.union([z.string(), z.number(), z.boolean()]),
    validFrom: IsoDateTime,
    validTo: IsoDateTime.nullable(),
    confirmedAt: IsoDateTime,
    recordedBy: UserId,
    source: FactSource,
  })
  .meta({ id: 'FactVersion' });
export type FactVersion = z.infer<typeof FactVersion>;

export const FactView = FactVersion.extend({ stale: z.boolean() }).meta({ id: 'Fact' });
export type FactView = z.infer<typeof FactView>;

const DAY_MS = 86_400_000;

/** A fact not confirmed for its definition's period (or the override) is doubtful. */
export const isStale = (fact: FactVersion, now: string, staleAfterDays?: number): boolean => {
  const days = staleAfterDays ?? factDefinition(fact.name)?.staleAfterDays ?? 365;
  return Date.parse(now) - Date.parse(fact.confirmedAt) > days * DAY_MS;
};

export type FactChange = { close?: FactVersion; open?: FactVersion };

/**
 * Changing a fact closes the current version and opens a new one; the history stays. Setting the
 * value it already has only records a confirmation.
 */
export const changeFact = (
  current: FactVersion | undefined,
  next: { name: string; value: FactValue; at: string; by: string; source: FactVersion['source'] },
): FactChange => {
  if (current && current.value === next.value) return { close: { ...current, confirmedAt: next.at } };
  const open: FactVersion = {
    name: next.name,
    value: next.value,
    validFrom: next.at,
    validTo: null,
    confirmedAt: next.at,
    recordedBy: next.by,
    source: next.source,
  };
  return current ? { close: { ...current, validTo: next.at }, open } : { open };
};

export const confirmFact = (current: FactVersion, at: string): FactVersion => ({ ...current, confirmedAt: at });

export const viewFact = (fact: FactVersion, now: string, staleAfterDays?: number): FactView => ({
  ...fact,
  stale: fact.validTo === null && isStale(fact, now, staleAfterDays),
});

/** The value a fact held at a date (for "clients on 2025-01-01"), from its full history. */
export const valueAt = (history: readonly FactVersion[], at: string): FactValue | undefined => {
  const t = Date.parse(at);
  return history.find((v) => Date.parse(v.validFrom) <= t && (v.validTo === null || Date.parse(v.validTo) > t))?.value;
};
