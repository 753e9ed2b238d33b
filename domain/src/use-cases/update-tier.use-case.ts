import { isReferenceFunction } from '../catalogue/reference-functions';
import { DomainError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { changeFact, type FactVersion } from '../model/fact';
import { OrganisationPatch, PersonPatch, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { indexTier } from './index-tier';
import { loadActiveTier } from './visible-tier';

/** Fields that are dated facts: a change closes the old value and opens a new one. */
const factFields = ['lifecycle', 'owner'] as const;

export const currentFact = (facts: readonly FactVersion[], name: string): FactVersion | undefined =>
  facts.find((f) => f.name === name && f.validTo === null);

/** The fact versions to write for a set of fact changes, given the tier's current facts. */
export const factWrites = (
  facts: readonly FactVersion[],
  changes: Record<string, string | number | boolean>,
  at: string,
  by: string,
  source: FactVersion['source'],
): FactVersion[] =>
  Object.entries(changes).flatMap(([name, value]) => {
    const change = changeFact(currentFact(facts, name), { name, value, at, by, source });
    return [change.close, change.open].filter((f): f is FactVersion => f !== undefined);
  });

/** Applies a partial update under If-Match: one atomic write of the profile and its fact changes. */
export const updateTier = async (deps: Deps, caller: Caller, id: string, input: unknown, ifMatch: string): Promise<Versioned<Tier>> => {
  const current = await loadActiveTier(deps, caller, id);
  const patch = parseInput(current.value.kind === 'person' ? PersonPatch : OrganisationPatch, input) as Partial<Tier> &
    Record<string, unknown>;
  if (typeof patch.referenceFunction === 'string' && !isReferenceFunction(patch.referenceFunction))
    throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'Unknown reference function.', [
      { path: 'referenceFunction', message: 'Not a reference function; see GET /api/reference-functions.' },
    ]);
  if (patch.parentId === id)
    throw new DomainError('TIER.INVALID_REFERENCE', 'rule', 'An organisation cannot be its own parent.', [
      { path: 'parentId', message: 'An organisation cannot be its own parent.' },
    ]);
  const now = deps.clock.now();
  const next = { ...current.value, ...patch, updatedAt: now } as Tier;
  if (next.kind === 'organisation' && next.siret && next.siren && !next.siret.startsWith(next.siren))
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The request has invalid fields.', [
      { path: 'siret', message: 'The SIRET does not start with the SIREN.' },
    ]);
  const changes = Object.fromEntries(factFields.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f] as string]));
  const partition = Object.keys(changes).length > 0 ? await deps.tiers.partition(id) : undefined;
  const facts = factWrites(partition?.facts ?? [], changes, now, caller.userId, { kind: 'api' });
  const etag = await deps.tiers.write(id, { tier: { value: next, ifMatch }, facts });
  await indexTier(deps, next, current.value);
  return { value: next, etag: etag ?? ifMatch };
};
