import type { ChangeRequest } from '../model/change-request.schema';
import type { FactVersion } from '../model/fact';
import { referenceDataSchema, relationIdOf } from '../model/reference-data';
import type { Tier } from '../model/tier.schema';
import type { RelationEdge } from '../ports/tier-store.port';
import { listElementSchema } from '../model/list-elements';
import { currentValue, normalizedValue } from './field-values';
import { elementConflict, sameList } from './list-changes';
import { sameValue } from './same-value';

/**
 * A change whose starting point no longer holds: the requester saw `expected`, the tier now holds
 * `actual`; for an element-wise change, `id` names the element and the values are that element's.
 */
export type ChangeConflict = { path: string; id?: string; expected: unknown; actual: unknown };

/**
 * The changes that cannot be applied as asked. A change without `from` states no starting point and
 * never conflicts; one whose target value is already there is harmless and does not conflict either.
 * An element-wise change looks at its element only (see `elementConflict`); a whole list compares
 * what its elements say, not their ids or dates.
 * A relation that is no longer in the tier's partition (removed, the other tier erased) always conflicts.
 */
export const detectConflicts = (
  tier: Tier,
  facts: readonly FactVersion[],
  changes: ChangeRequest['changes'],
  relations: readonly RelationEdge[] = [],
): ChangeConflict[] =>
  changes.flatMap((change) => {
    if (change.op) {
      const conflict = elementConflict(tier, change);
      return conflict ? [{ path: change.path, ...(change.id !== undefined ? { id: change.id } : {}), ...conflict }] : [];
    }
    const schema = referenceDataSchema(tier.kind, change.path);
    const actual = currentValue(tier, facts, change.path, relations);
    if (!schema || (relationIdOf(change.path) !== undefined && actual === undefined))
      return [{ path: change.path, expected: change.from ?? null, actual: actual ?? null }];
    if (change.from === undefined) return [];
    if (listElementSchema(tier.kind, change.path)) {
      const [from, to] = [normalizedValue(schema, change.from), normalizedValue(schema, change.to)];
      const held = Array.isArray(actual) ? actual : [];
      const same = (list: unknown) => sameList(Array.isArray(list) ? list : [], held);
      return same(from) || same(to) ? [] : [{ path: change.path, expected: change.from, actual: actual ?? null }];
    }
    if (sameValue(normalizedValue(schema, change.from), actual) || sameValue(normalizedValue(schema, change.to), actual)) return [];
    return [{ path: change.path, expected: change.from, actual: actual ?? null }];
  });
