import { DomainError, notFound } from '../errors/domain-error';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import { RelationPatch, type RelationType } from '../model/relation.schema';
import { wordRelation, type WordedRelation } from '../model/relation-wording';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Page, RelationEdge } from '../ports/tier-store.port';
import { RelationsQuery } from '../model/edge-page-query.schema';
import { listRelationTypes } from './relation-types.use-case';
import { relationInsight } from './scores.use-case';
import { otherEnd, pageEdges, visibleEdges } from './tier-edges';
import { loadVisibleTier, visibleTiers } from './visible-tier';

/** Words each edge from `self`'s side, leaving out edges to tiers the caller may not see. */
export const wordEdges = async (
  deps: Deps,
  caller: Caller,
  self: Tier,
  edges: readonly RelationEdge[],
  lang: Language,
  preloaded?: ReadonlyMap<string, Tier>,
): Promise<WordedRelation[]> => {
  const otherId = (e: RelationEdge) => (e.fromId === self.id ? e.toId : e.fromId);
  const [types, others] = await Promise.all([
    listRelationTypes(deps),
    preloaded ? [...preloaded.values()] : visibleTiers(deps, caller, edges.map(otherId)),
  ]);
  const visible = new Set(others.map((t) => t.id));
  const selfRef = (e: RelationEdge) =>
    e.fromId === self.id ? { id: self.id, kind: e.fromKind, name: e.fromName } : { id: self.id, kind: e.toKind, name: e.toName };
  const otherRef = (e: RelationEdge) =>
    e.fromId === self.id ? { id: e.toId, kind: e.toKind, name: e.toName } : { id: e.fromId, kind: e.fromKind, name: e.fromName };
  return edges
    .filter((e) => visible.has(otherId(e)))
    .flatMap((e) => {
      const type = types.find((t) => t.id === e.typeId);
      if (!type) return [];
      const { fromName: _f, fromKind: _fk, toName: _t, toKind: _tk, fromGuard: _fg, toGuard: _tg, ...relation } = e;
      return [wordRelation(relation, type as RelationType, selfRef(e), otherRef(e), lang)];
    })
    .sort((a, b) => (a.status === b.status ? (b.startDate ?? '').localeCompare(a.startDate ?? '') : a.status === 'ongoing' ? -1 : 1));
};

/**
 * `GET /api/tiers/{id}/relations`: every relation of the tier, worded from its side, a page at a
 * time in the card's order. Only the page's other ends are read, to check once more they are visible.
 */
export const listTierRelations = async (
  deps: Deps,
  caller: Caller,
  tierId: string,
  input: unknown,
  lang: Language,
): Promise<Page<WordedRelation> & { total: number }> => {
  const query = parseInput(RelationsQuery, input);
  const { value: tier } = await loadVisibleTier(deps, caller, tierId);
  const partition = await deps.tiers.partition(tierId);
  const page = pageEdges(await visibleEdges(deps, caller, tierId, partition?.relations ?? []), query.limit, query.cursor);
  const others = await visibleTiers(deps, caller, page.items.map((e) => otherEnd(tierId, e).id));
  const items = await wordEdges(deps, caller, tier, page.items, query.lang ?? lang, new Map(others.map((t) => [t.id, t])));
  return { items, total: page.total, nextCursor: page.nextCursor };
};

/** Updates status/dates on both copies of the edge; If-Match guards the origin copy. */
export const updateRelation = async (
  deps: Deps,
  caller: Caller,
  relationId: string,
  input: unknown,
  ifMatch: string,
): Promise<{ value: RelationAnswer; etag: string }> => {
  const patch = parseInput(RelationPatch, input);
  const [hit] = await deps.index.find('relation', relationId);
  const found = hit && (await deps.tiers.getRelation(hit.targetId, relationId));
  if (!hit || !found) throw notFound('relation', relationId);
  await visibleTiers(deps, caller, [found.value.fromId, found.value.toId]).then((tiers) => {
    if (tiers.length < 2) throw notFound('relation', relationId);
  });
  const now = deps.clock.now();
  const next: RelationEdge = {
    ...found.value,
    ...patch,
    startDate: patch.startDate === undefined ? found.value.startDate : patch.startDate,
    endDate: patch.endDate === undefined ? (patch.status === 'ended' && !found.value.endDate ? now.slice(0, 10) : found.value.endDate) : patch.endDate,
    updatedAt: now,
  };
  if (next.startDate && next.endDate && next.endDate < next.startDate)
    throw new DomainError('REQUEST.INVALID', 'invalid', 'The request has invalid fields.', [
      { path: 'endDate', message: 'The end date is before the start date.' },
    ]);
  await deps.tiers.replaceRelation(next.fromId, next, ifMatch);
  await deps.tiers.putRelation(next.toId, next);
  await relationInsight(deps, next);
  const saved = await deps.tiers.getRelation(next.fromId, relationId);
  return { value: relationAnswer(next), etag: saved?.etag ?? ifMatch };
};

/** A relation as the API answers it: both ends named, without the visibility guards the edge keeps for the cards. */
export type RelationAnswer = Omit<RelationEdge, 'fromGuard' | 'toGuard'>;
const relationAnswer = ({ fromGuard: _from, toGuard: _to, ...answer }: RelationEdge): RelationAnswer => answer;

export const getRelation = async (deps: Deps, caller: Caller, relationId: string): Promise<{ value: RelationAnswer; etag: string }> => {
  const [hit] = await deps.index.find('relation', relationId);
  const found = hit && (await deps.tiers.getRelation(hit.targetId, relationId));
  if (!found || (await visibleTiers(deps, caller, [found.value.fromId, found.value.toId])).length < 2) throw notFound('relation', relationId);
  return { value: relationAnswer(found.value), etag: found.etag };
};
