import type { z } from 'zod';
import type { FactVersion } from '../model/fact';
import type { Tier } from '../model/tier.schema';
import { currentFact } from '../use-cases/update-tier.use-case';

const FACT_PREFIX = 'facts.';

/** The fact a change path names (`facts.sign` → `sign`), or undefined for a top-level field. */
export const factNameOf = (path: string): string | undefined => (path.startsWith(FACT_PREFIX) ? path.slice(FACT_PREFIX.length) : undefined);

/** What the referential holds now at a change path: the current fact version's value or the tier field. */
export const currentValue = (tier: Tier, facts: readonly FactVersion[], path: string): unknown => {
  const fact = factNameOf(path);
  return fact === undefined ? (tier as Record<string, unknown>)[path] : currentFact(facts, fact)?.value;
};

/** A value as the field's schema would store it (`'552 081 317'` → `'552081317'`), or as given when it does not parse. */
export const normalizedValue = (schema: z.ZodType | undefined, value: unknown): unknown => {
  const parsed = schema?.safeParse(value);
  return parsed?.success ? parsed.data : value;
};
