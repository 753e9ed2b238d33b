import { tierGuard } from '../access/tier-guard';
import { DomainError, type FieldError } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { RelationDraft, type Relation } from '../model/relation.schema';
import { displayName } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { RelationEdge } from '../ports/tier-store.port';
import { findRelationType } from './relation-types.use-case';
import { relationInsight } from './scores.use-case';
import { visibleTiers } from './visible-tier';

/**
 * Records a relation A —type→ B. The edge is written into both tiers' partitions under the same
 * deterministic key, so a retry or a repair completes a half-done write.
 */
export const createRelation = async (
  deps: Deps,
  caller: Caller,
  input: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<RelationEdge> => {
  const draft = parseInput(RelationDraft, input);
  const type = await findRelationType(deps, draft.typeId);
  const tiers = await visibleTiers(deps, caller, [draft.fromId, draft.toId]);
  const from = tiers.find((t) => t.id === draft.fromId);
  const to = tiers.find((t) => t.id === draft.toId);
  const missing: FieldError[] = [];
  if (!type) missing.push({ path: 'typeId', message: 'No relation type with this id.' });
  if (!from) missing.push({ path: 'fromId', message: 'No tier with this id.' });
  if (!to) missing.push({ path: 'toId', message: 'No tier with this id.' });
  if (missing.length > 0 || !type || !from || !to) throw new DomainError('RELATION.INVALID_REFERENCE', 'rule', 'The relation refers to unknown records.', missing);
  const kinds: FieldError[] = [];
  if (!type.fromKinds.includes(from.kind))
    kinds.push({ path: 'fromId', message: `A "${type.id}" relation starts from ${type.fromKinds.join(' or ')}, not ${from.kind}.` });
  if (!type.toKinds.includes(to.kind))
    kinds.push({ path: 'toId', message: `A "${type.id}" relation goes to ${type.toKinds.join(' or ')}, not ${to.kind}.` });
  if (kinds.length > 0) throw new DomainError('RELATION.KINDS_NOT_ALLOWED', 'rule', 'The relation type does not allow these tier kinds.', kinds);
  const now = deps.clock.now();
  const id = options.idempotencyKey ? deps.ids.fromKey('relation', options.idempotencyKey) : deps.ids.newId();
  const relation: Relation = {
    id,
    typeId: type.id,
    fromId: from.id,
    toId: to.id,
    status: draft.status,
    startDate: draft.startDate ?? null,
    endDate: draft.endDate ?? (draft.status === 'ended' ? now.slice(0, 10) : null),
    createdAt: now,
    createdBy: caller.userId,
    updatedAt: now,
  };
  const edge: RelationEdge = {
    ...relation,
    fromName: displayName(from),
    fromKind: from.kind,
    toName: displayName(to),
    toKind: to.kind,
    fromGuard: tierGuard(from),
    toGuard: tierGuard(to),
  };
  await deps.index.put('relation', id, from.id, to.id);
  await Promise.all([deps.tiers.putRelation(from.id, edge), deps.tiers.putRelation(to.id, edge)]);
  await relationInsight(deps, edge);
  return edge;
};
