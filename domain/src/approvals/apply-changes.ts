import type { FieldError } from '../errors/domain-error';
import type { ChangeRequest, FieldChange } from '../model/change-request.schema';
import type { FactValue } from '../model/fact-definitions';
import type { FactVersion } from '../model/fact';
import { referenceDataSchema } from '../model/reference-data';
import type { Tier } from '../model/tier.schema';
import { factWrites } from '../use-cases/update-tier.use-case';
import { currentValue, factNameOf } from './field-values';

/** Facts the tier also carries as a field (as PATCH /tiers keeps them): both change together. */
const mirroredFacts = ['lifecycle', 'owner'];

export type AppliedChanges = {
  tier: Tier;
  facts: FactVersion[];
  /** The changes as applied: `from` is what the referential held just before, `to` the stored value. */
  changes: FieldChange[];
  /** Whether indexed fields (names, identifiers, e-mails…) may have changed. */
  profileChanged: boolean;
};

/**
 * An approved request as writes: a dated fact change closes the current version and opens the new one
 * (history kept); a top-level field is replaced and its previous value kept in the request itself
 * (`from`) and in the audit log. Returns the field errors instead when a value no longer fits.
 */
export const applyChanges = (
  tier: Tier,
  facts: readonly FactVersion[],
  request: ChangeRequest,
  at: string,
): AppliedChanges | { errors: FieldError[] } => {
  const next: Record<string, unknown> = { ...tier, updatedAt: at };
  const factChanges: Record<string, FactValue> = {};
  const errors: FieldError[] = [];
  const changes = request.changes.map((change, i): FieldChange => {
    const parsed = referenceDataSchema(tier.kind, change.path)?.safeParse(change.to);
    if (!parsed?.success) {
      errors.push({ path: `changes.${i}.to`, message: parsed?.error.issues[0]?.message ?? 'Not reference data.' });
      return change;
    }
    const fact = factNameOf(change.path);
    if (fact !== undefined) {
      factChanges[fact] = parsed.data as FactValue;
      if (mirroredFacts.includes(fact)) next[fact] = parsed.data;
    } else next[change.path] = parsed.data;
    return { path: change.path, from: currentValue(tier, facts, change.path) ?? null, to: parsed.data };
  });
  if (typeof next.siret === 'string' && typeof next.siren === 'string' && !next.siret.startsWith(next.siren))
    errors.push({ path: 'siret', message: 'The SIRET would no longer start with the SIREN.' });
  if (errors.length > 0) return { errors };
  return {
    tier: next as Tier,
    facts: factWrites(facts, factChanges, at, request.requestedBy, { kind: 'change-request', id: request.id }),
    changes,
    profileChanged: changes.some((c) => factNameOf(c.path) === undefined),
  };
};
