import { notFound } from '../errors/domain-error';
import { describeRetention } from '../gdpr/describe-retention';
import type { RetentionDecision } from '../gdpr/retention-decision';
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
import { tierRetention } from './retention-job-subject';
import { cardScores, readTierInsight, type CardScores } from './scores.use-case';
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
  /** When the tier's data expires under the CNIL retention rules, and why (`label` in the caller's language). */
  retention: Pick<RetentionDecision, 'expiresAt' | 'expired' | 'rule' | 'reason'> & { label: string };
  /** Opportunity and risk with their reasons and trend; null where scoring is not set up. */
  scores: CardScores | null;
};

const participantIds = (page: Page<TimelineEntry>) => page.items.flatMap((e) => e.participants.map((p) => p.tierId));

/** Hides, in each timeline entry, the participants the caller may not see. */
export const visibleTimeline = async (
  deps: Deps,
  caller: Caller,
  page: Page<TimelineEntry>,
  preloaded?: ReadonlyMap<string, Tier>,
): Promise<Page<TimelineEntry>> => {
  const seen = preloaded ?? new Map((await visibleTiers(deps, caller, participantIds(page))).map((t) => [t.id, t]));
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

const cardPeople = (relations: WordedRelation[], visible: ReadonlyMap<string, Tier>): ClientCard['people'] => {
  const items = relations.slice(0, CARD_PEOPLE).flatMap((relation) => {
    const person = visible.get(relation.other.id);
    if (person?.kind !== 'person') return [];
    return [{ relation, person: { ...summarize(person), phones: person.phones ?? [], referenceFunction: person.referenceFunction ?? null } }];
  });
  return { items, total: relations.length };
};

/**
 * The 360° view: the tier's partition and its newest timeline page in parallel, then one batch read
 * of every tier the card names (to word relations, list people and hide what the caller may not see).
 */
export const getCard = async (deps: Deps, caller: Caller, tierId: string, lang: Language): Promise<ClientCard> => {
  const [, partition, timeline, insight] = await Promise.all([
    loadVisibleTier(deps, caller, tierId),
    deps.tiers.partition(tierId),
    deps.tiers.timeline(tierId, { limit: 20 }),
    readTierInsight(deps, tierId),
  ]);
  if (!partition) throw notFound('tier', tierId);
  const { value: tier, etag } = partition.tier;
  const otherIds = partition.relations.map((e) => (e.fromId === tierId ? e.toId : e.fromId));
  const parentIds = tier.kind === 'organisation' && tier.parentId ? [tier.parentId] : [];
  const [named, establishments, retention, scores] = await Promise.all([
    visibleTiers(deps, caller, [...otherIds, ...participantIds(timeline), ...parentIds]),
    tier.kind === 'organisation' ? establishmentsOf(deps, caller, tierId) : Promise.resolve([]),
    tierRetention(deps, partition, timeline),
    cardScores(deps, partition, insight, lang),
  ]);
  const visible = new Map(named.map((t) => [t.id, t]));
  const now = deps.clock.now();
  const worded = await wordEdges(deps, caller, tier, partition.relations, lang, visible);
  const isPeople = (r: WordedRelation) => r.typeId === 'works-for' && r.side === 'to';
  const parent = parentIds[0] ? visible.get(parentIds[0]) : undefined;
  return {
    tier,
    etag,
    facts: partition.facts.filter((f) => f.validTo === null).map((f) => viewFact(f, now, deps.config.staleAfterDays)),
    hierarchy: { parent: parent ? summarize(parent) : null, establishments },
    relations: worded.filter((r) => !isPeople(r)),
    people: cardPeople(worded.filter(isPeople), visible),
    timeline: await visibleTimeline(deps, caller, timeline, visible),
    openTasks: partition.tasks.filter((t) => t.status === 'open').sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    pendingChangeRequests: partition.changeRequests.map((c) => c.value).filter((c) => c.status === 'pending'),
    retention: {
      expiresAt: retention.expiresAt,
      expired: retention.expired,
      rule: retention.rule,
      reason: retention.reason,
      label: describeRetention(retention, lang),
    },
    scores,
  };
};
