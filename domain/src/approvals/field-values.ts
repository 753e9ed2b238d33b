import type { z } from 'zod';
import type { FactVersion } from '../model/fact';
import { relationIdOf } from '../model/reference-data';
import type { RelationState } from '../model/relation.schema';
import type { RelationEdge } from '../ports/tier-store.port';
import type { Tier } from '../model/tier.schema';
import { currentFact } from '../use-cases/update-tier.use-case';

const FACT_PREFIX = 'facts.';

/** The fact a change path names (`facts.sign` → `sign`), or undefined for a top-level field. */
export const factNameOf = (path: string): string | undefined => (path.startsWith(FACT_PREFIX) ? path.slice(FACT_PREFIX.length) : undefined);

/** A relation edge as a change request sees it: its status and end date. */
export const relationStateOf = (edge: RelationEdge): RelationState => ({ status: edge.status, endDate: edge.endDate });

/**
 * What the referential holds now at a change path: the current fact version's value, the state of a
 * relation in the tier's partition, or the tier field.
 */
export const currentValue = (tier: Tier, facts: readonly FactVersion[], path: string, relations: readonly RelationEdge[] = []): unknown => {
  const relationId = relationIdOf(path);
  if (relationId !== undefined) {
    const edge = relations.find((r) => r.id === relationId);
    return edge && relationStateOf(edge);
  }
  const fact = factNameOf(path);
  return fact === undefined ? (tier as Record<string, unknown>)[path] : currentFact(facts, fact)?.value;
};

/** A value as the field's schema would store it (`'552 081 317'` → `'552081317'`), or as given when it does not parse. */
export const normalizedValue = (schema: z.ZodType | undefined, value: unknown): unknown => {
  const parsed = schema?.safeParse(value);
  return parsed?.success ? parsed.data : value;
};
