import type { FieldError } from '../errors/domain-error';
import type { ChangeRequest, FieldChange } from '../model/change-request.schema';
import type { FactValue } from '../model/fact-definitions';
import type { FactVersion } from '../model/fact';
import { referenceDataSchema, relationIdOf } from '../model/reference-data';
import type { RelationState } from '../model/relation.schema';
import { MAX_FORMER_ADDRESSES, type Tier } from '../model/tier.schema';
import { findElement, listElementSchema, listOf, type ListElement } from '../model/list-elements';
import type { RelationEdge } from '../ports/tier-store.port';
import { factWrites } from '../use-cases/update-tier.use-case';
import { currentValue, factNameOf, relationStateOf } from './field-values';
import { applyListChange, endedAddresses, reconcileList } from './list-changes';

/** Facts the tier also carries as a field (as PATCH /tiers keeps them): both change together. */
const mirroredFacts = ['lifecycle', 'owner'];

export type AppliedChanges = {
  tier: Tier;
  facts: FactVersion[];
  /** Relation edges of the tier's partition with their new state (the other tier's copy follows). */
  relations: RelationEdge[];
  /** The changes as applied: `from` is what the referential held just before, `to` the stored value. */
  changes: FieldChange[];
  /** Whether indexed fields (names, identifiers, e-mails…) may have changed. */
  profileChanged: boolean;
};

/**
 * An approved request as writes: a dated fact change closes the current version and opens the new one
 * (history kept); a top-level field is replaced and its previous value kept in the request itself
 * (`from`) and in the audit log; an element-wise change adds, replaces or removes that element only
 * (a replaced or removed address is kept, with its end date, in `formerAddresses`); a whole list
 * keeps the elements it names and drops the others; a relation (`relations.<id>`) takes the new status and end date, an
 * ended one without a date ending on the day of approval. Returns the field errors instead when a
 * value no longer fits.
 */
export const applyChanges = (
  tier: Tier,
  facts: readonly FactVersion[],
  request: ChangeRequest,
  at: string,
  relations: readonly RelationEdge[] = [],
): AppliedChanges | { errors: FieldError[] } => {
  const next: Record<string, unknown> = { ...tier, updatedAt: at };
  const factChanges: Record<string, FactValue> = {};
  const edges = new Map<string, RelationEdge>();
  const errors: FieldError[] = [];
  const day = at.slice(0, 10);
  const former: unknown[] = [];
  const changes = request.changes.map((change, i): FieldChange => {
    if (change.op) {
      const list = listOf(next as Tier, change.path);
      const before = change.id === undefined ? undefined : list[findElement(list, change.id)];
      const result = applyListChange(change.path, list, change, day);
      next[change.path] = result.list;
      former.push(...result.removed);
      return { ...change, from: change.op === 'add' ? null : (before ?? null) };
    }
    const parsed = referenceDataSchema(tier.kind, change.path)?.safeParse(change.to);
    if (!parsed?.success) {
      errors.push({ path: `changes.${i}.to`, message: parsed?.error.issues[0]?.message ?? 'Not reference data.' });
      return change;
    }
    const relationId = relationIdOf(change.path);
    if (relationId !== undefined) {
      const edge = edges.get(relationId) ?? relations.find((r) => r.id === relationId);
      const state = parsed.data as RelationState;
      if (!edge) {
        errors.push({ path: `changes.${i}.path`, message: 'The relation no longer exists.' });
        return change;
      }
      const endDate = state.status === 'ended' ? (state.endDate ?? edge.endDate ?? at.slice(0, 10)) : null;
      if (endDate && edge.startDate && endDate < edge.startDate) errors.push({ path: `changes.${i}.to.endDate`, message: 'The end date is before the start date.' });
      edges.set(relationId, { ...edge, status: state.status, endDate, updatedAt: at });
      return { path: change.path, from: relationStateOf(edge), to: { status: state.status, endDate } };
    }
    const fact = factNameOf(change.path);
    const from = currentValue(tier, facts, change.path) ?? null;
    if (fact !== undefined) {
      factChanges[fact] = parsed.data as FactValue;
      if (mirroredFacts.includes(fact)) next[fact] = parsed.data;
    } else if (listElementSchema(tier.kind, change.path)) {
      // A whole list as wanted: the elements it keeps stay themselves (ids, dates), the others leave.
      const result = reconcileList(listOf(next as Tier, change.path), (parsed.data ?? []) as ListElement[]);
      next[change.path] = result.list;
      if (change.path === 'addresses') former.push(...endedAddresses(result.removed, day));
    } else next[change.path] = parsed.data;
    return { path: change.path, from, to: next[change.path] ?? parsed.data };
  });
  request.changes.forEach((change, i) => {
    if (!change.op) return;
    const whole = referenceDataSchema(tier.kind, change.path)?.safeParse(next[change.path]);
    if (whole && !whole.success) errors.push({ path: `changes.${i}`, message: whole.error.issues[0]?.message ?? 'The list would no longer be valid.' });
  });
  if (former.length > 0 && next.kind === 'organisation')
    next.formerAddresses = [...((next.formerAddresses as unknown[] | undefined) ?? []), ...former].slice(-MAX_FORMER_ADDRESSES);
  if (typeof next.siret === 'string' && typeof next.siren === 'string' && !next.siret.startsWith(next.siren))
    errors.push({ path: 'siret', message: 'The SIRET would no longer start with the SIREN.' });
  if (errors.length > 0) return { errors };
  return {
    tier: next as Tier,
    facts: factWrites(facts, factChanges, at, request.requestedBy, { kind: 'change-request', id: request.id }),
    relations: [...edges.values()],
    changes,
    profileChanged: changes.some((c) => factNameOf(c.path) === undefined && relationIdOf(c.path) === undefined),
  };
};
