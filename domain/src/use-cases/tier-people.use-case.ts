import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { Language } from '../model/common.schema';
import { PeopleQuery } from '../model/edge-page-query.schema';
import type { WordedRelation } from '../model/relation-wording';
import { summarize, type TierSummary } from '../model/tier-summary';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Page, RelationEdge } from '../ports/tier-store.port';
import { nameQuery } from './name-query';
import { wordEdges } from './relations.use-case';
import { pageEdges, visibleEdges } from './tier-edges';
import { loadVisibleTier, visibleTiers } from './visible-tier';

/** A person at the organisation: how they relate, what they do and how to reach them. */
export type CardPerson = {
  relation: WordedRelation;
  person: TierSummary & { phones: { type: string; number: string }[]; referenceFunction: string | null };
};

/** People at an organisation, a page at a time, with how many there are in all (for this caller). */
export type PeoplePage = Page<CardPerson> & { total: number };

/** The edges that make someone one of an organisation's people: they work for it. */
export const isPeopleEdge =
  (tierId: string) =>
  (e: Pick<RelationEdge, 'typeId' | 'toId'>): boolean =>
    e.typeId === 'works-for' && e.toId === tierId;

export const toCardPerson = (relation: WordedRelation, person: Tier): CardPerson => ({
  relation,
  person: {
    ...summarize(person),
    phones: person.kind === 'person' ? (person.phones ?? []) : [],
    referenceFunction: person.kind === 'person' ? (person.referenceFunction ?? null) : null,
  },
});

/** The card's people from worded relations, keeping only persons read and found visible. */
export const cardPeople = (worded: readonly WordedRelation[], visible: ReadonlyMap<string, Tier>): CardPerson[] =>
  worded.flatMap((relation) => {
    const person = visible.get(relation.other.id);
    return person?.kind === 'person' ? [toCardPerson(relation, person)] : [];
  });

/**
 * `GET /api/tiers/{id}/people`: the organisation's visible people in the card's order, a page at a
 * time. Only the page's persons are read (to show their phones and to check, once more, that the
 * caller may see them); the total comes from the guards on the relation edges.
 */
export const tierPeople = async (deps: Deps, caller: Caller, tierId: string, input: unknown, lang: Language): Promise<PeoplePage> => {
  const query = parseInput(PeopleQuery, input);
  const { value: tier } = await loadVisibleTier(deps, caller, tierId);
  const partition = await deps.tiers.partition(tierId);
  const people = await visibleEdges(deps, caller, tierId, (partition?.relations ?? []).filter(isPeopleEdge(tierId)));
  const matches = nameQuery(query.q ?? '');
  const page = pageEdges(query.q ? people.filter((e) => matches(e.fromName)) : people, query.limit, query.cursor);
  const persons = await visibleTiers(deps, caller, page.items.map((e) => e.fromId));
  const visible = new Map(persons.map((p) => [p.id, p]));
  const worded = await wordEdges(deps, caller, tier, page.items, query.lang ?? lang, visible);
  return { items: cardPeople(worded, visible), total: page.total, nextCursor: page.nextCursor };
};
