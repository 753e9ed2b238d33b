import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { ChangeRequest } from '../model/change-request.schema';
import type { Language } from '../model/common.schema';
import { viewFact, type FactView } from '../model/fact';
import type { TimelineEntry } from '../model/interaction.schema';
import type { WordedRelation } from '../model/relation-wording';
import type { Task } from '../model/task.schema';
import { summarize, type TierSummary } from '../model/tier-summary';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Page } from '../ports/tier-store.port';
import { TimelineQuery } from './interactions.use-case';
import { wordEdges } from './relations.use-case';
import { loadVisibleTier, visibleTiers } from './visible-tier';

/** A person at the organisation: how they relate, what they do and how to reach them. */
export type CardPerson = {
  relation: WordedRelation;
  person: TierSummary & { phones: { type: string; number: string }[]; referenceFunction: string | null };
};

const CARD_PEOPLE = 100;

export type ClientCard = {
  tier: Tier;
  etag: string;
  facts: FactView[];
  hierarchy: { parent: TierSummary | null; establishments: TierSummary[] };
  relations: WordedRelation[];
  people: { items: CardPerson[]; total: number };
  timeline: Page<TimelineEntry>;
  openTasks: Task[];
  pendingChangeRequests: ChangeRequest[];
};

/** Hides, in each timeline entry, the participants the caller may not see. */
export const visibleTimeline = async (deps: Deps, caller: Caller, page: Page<TimelineEntry>): Promise<Page<TimelineEntry>> => {
  const seen = new Set((await visibleTiers(deps, caller, page.items.flatMap((e) => e.participants.map((p) => p.tierId)))).map((t) => t.id));
  return { ...page, items: page.items.map((e) => ({ ...e, participants: e.participants.filter((p) => seen.has(p.tierId)) })) };
};

export const tierTimeline = async (deps: Deps, caller: Caller, tierId: string, input: unknown): Promise<Page<TimelineEntry>> => {
  const query = parseInput(TimelineQuery, input);
  await loadVisibleTier(deps, caller, tierId);
  return visibleTimeline(deps, caller, await deps.tiers.timeline(tierId, query));
};

const establishmentsOf = async (deps: Deps, caller: Caller, tierId: string): Promise<TierSummary[]> => {
  const hits = await deps.index.find('parent', tierId);
  const children = await visibleTiers(deps, caller, hits.map((h) => h.targetId));
  return children.filter((c) => c.kind === 'organisation' && c.parentId === tierId).map(summarize);
};

const cardPeople = async (deps: Deps, caller: Caller, relations: WordedRelation[]): Promise<ClientCard['people']> => {
  const shown = relations.slice(0, CARD_PEOPLE);
  const persons = await visibleTiers(deps, caller, shown.map((r) => r.other.id));
  const items = shown.flatMap((relation) => {
    const person = persons.find((p) => p.id === relation.other.id);
    if (person?.kind !== 'person') return [];
    return [{ relation, person: { ...summarize(person), phones: person.phones ?? [], referenceFunction: person.referenceFunction ?? null } }];
  });
  return { items, total: relations.length };
};

/** The 360° view: one partition query for the tier, one for the newest timeline page. */
export const getCard = async (deps: Deps, caller: Caller, tierId: string, lang: Language): Promise<ClientCard> => {
  const { value: tier, etag } = await loadVisibleTier(deps, caller, tierId);
  const [partition, timeline, establishments, parents] = await Promise.all([
    deps.tiers.partition(tierId),
    deps.tiers.timeline(tierId, { limit: 20 }),
    tier.kind === 'organisation' ? establishmentsOf(deps, caller, tierId) : Promise.resolve([]),
    tier.kind === 'organisation' && tier.parentId ? visibleTiers(deps, caller, [tier.parentId]) : Promise.resolve([]),
  ]);
  const now = deps.clock.now();
  const worded = await wordEdges(deps, caller, tier, partition?.relations ?? [], lang);
  const isPeople = (r: WordedRelation) => r.typeId === 'works-for' && r.side === 'to';
  return {
    tier,
    etag,
    facts: (partition?.facts ?? []).filter((f) => f.validTo === null).map((f) => viewFact(f, now, deps.config.staleAfterDays)),
    hierarchy: { parent: parents[0] ? summarize(parents[0]) : null, establishments },
    relations: worded.filter((r) => !isPeople(r)),
    people: await cardPeople(deps, caller, worded.filter(isPeople)),
    timeline: await visibleTimeline(deps, caller, timeline),
    openTasks: (partition?.tasks ?? []).filter((t) => t.status === 'open').sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    pendingChangeRequests: (partition?.changeRequests ?? []).map((c) => c.value).filter((c) => c.status === 'pending'),
  };
};
