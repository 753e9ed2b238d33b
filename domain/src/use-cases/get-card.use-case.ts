import { notFound } from '../errors/domain-error';
import { describeRetention } from '../gdpr/describe-retention';
import type { RetentionDecision } from '../gdpr/retention-decision';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { ChangeRequest } from '../model/change-request.schema';
import type { Language } from '../model/common.schema';
import { viewFact, type FactVersion, type FactView } from '../model/fact';
import type { TimelineEntry } from '../model/interaction.schema';
import type { WordedRelation } from '../model/relation-wording';
import type { Task } from '../model/task.schema';
import { summarize, type TierSummary } from '../model/tier-summary';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Page } from '../ports/tier-store.port';
import { TimelineQuery } from './interactions.use-case';
import { wordEdges } from './relations.use-case';
import { otherEnd, pageEdges, visibleEdges } from './tier-edges';
import { cardPeople, isPeopleEdge, type PeoplePage } from './tier-people.use-case';
import { tierRetention } from './retention-job-subject';
import { establishmentsPage } from './tier-establishments.use-case';
import { cardScores, readTierInsight, type CardScores } from './scores.use-case';
import { seesShared, seesTask, sightOf, taskView, type Sight } from './shared-sight';
import { checkVisibleTier, loadVisibleTier } from './visible-tier';

/** How many people and relations the card carries; the rest page through their own endpoints. */
const CARD_PEOPLE = 50;
const CARD_RELATIONS = 50;
const CARD_ESTABLISHMENTS = 50;

export type ClientCard = {
  tier: Tier;
  etag: string;
  facts: FactView[];
  /** The first establishments by name; `establishmentsPage` says how many and where the rest is (`GET /api/tiers/{id}/establishments`). */
  hierarchy: { parent: TierSummary | null; establishments: TierSummary[]; establishmentsPage: { total: number; nextCursor: string | null } };
  /** The first relations (people aside) in display order; `relationsPage` says how many and where the rest is. */
  relations: WordedRelation[];
  relationsPage: { total: number; nextCursor: string | null };
  /** The first people; the rest from `GET /api/tiers/{id}/people?cursor=`. */
  people: PeoplePage;
  timeline: Page<TimelineEntry>;
  openTasks: Task[];
  pendingChangeRequests: ChangeRequest[];
  /** When the tier's data expires under the CNIL retention rules, and why (`label` in the caller's language). */
  retention: Pick<RetentionDecision, 'expiresAt' | 'expired' | 'rule' | 'reason'> & { label: string };
  /** Opportunity and risk with their reasons and trend; null where scoring is not set up. */
  scores: CardScores | null;
  /** The names of the Relais users the facts name ("followed by"), by user id, current and past. */
  userNames: Record<string, string>;
};

/** Who the `owner` facts name, when they are Relais users (those who have used it); other values stay as written. */
const ownerNames = async (deps: Deps, facts: readonly FactVersion[]): Promise<Record<string, string>> => {
  const ids = new Set(facts.flatMap((f) => (f.name === 'owner' && typeof f.value === 'string' ? [f.value] : [])));
  if (ids.size === 0 || !deps.insight) return {};
  const reps = await deps.insight.activity.reps().catch(() => []);
  return Object.fromEntries(reps.filter((r) => ids.has(r.id)).map((r) => [r.id, r.name]));
};

const participantIds = (page: Page<TimelineEntry>) => page.items.flatMap((e) => e.participants.map((p) => p.tierId));

/** The timeline as the caller may read it: the interactions they may see (see `seesShared`), each with the participants they see. */
export const visibleTimeline = async (deps: Deps, caller: Caller, page: Page<TimelineEntry>, preloaded?: Sight): Promise<Page<TimelineEntry>> => {
  const sight = preloaded ?? (await sightOf(deps, caller, participantIds(page)));
  const items = page.items.filter((e) => seesShared(caller, sight, e.participants.map((p) => p.tierId), e.performedBy));
  return { ...page, items: items.map((e) => ({ ...e, participants: e.participants.filter((p) => sight.shown.has(p.tierId)) })) };
};

export const tierTimeline = async (deps: Deps, caller: Caller, tierId: string, input: unknown): Promise<Page<TimelineEntry>> => {
  const query = parseInput(TimelineQuery, input);
  await loadVisibleTier(deps, caller, tierId);
  return visibleTimeline(deps, caller, await deps.tiers.timeline(tierId, query));
};

/**
 * The 360° view: the tier's partition and its newest timeline page in parallel, then one batch read
 * of the tiers the card shows (the first people and relations, the timeline's participants, the
 * parent). How many people and relations there are comes from the guards on the relation edges, and
 * how many establishments from those on their `parent` index entries, so an organisation with 500
 * people or 300 shops costs the same reads as one with 50.
 */
export const getCard = async (deps: Deps, caller: Caller, tierId: string, lang: Language): Promise<ClientCard> => {
  const [partition, timeline, insight] = await Promise.all([
    deps.tiers.partition(tierId),
    deps.tiers.timeline(tierId, { limit: 20 }),
    readTierInsight(deps, tierId),
  ]);
  if (!partition) throw notFound('tier', tierId);
  const { etag, value: tier } = checkVisibleTier(deps, caller, tierId, partition.tier);
  const edges = await visibleEdges(deps, caller, tierId, partition.relations);
  const isPeople = isPeopleEdge(tierId);
  const people = pageEdges(edges.filter(isPeople), CARD_PEOPLE);
  const others = pageEdges(edges.filter((e) => !isPeople(e)), CARD_RELATIONS);
  const shownIds = [...people.items, ...others.items].map((e) => otherEnd(tierId, e).id);
  const parentIds = tier.kind === 'organisation' && tier.parentId ? [tier.parentId] : [];
  const openTasks = partition.tasks.filter((t) => t.status === 'open');
  const [sight, establishments, retention, scores, userNames] = await Promise.all([
    sightOf(deps, caller, [...shownIds, ...participantIds(timeline), ...parentIds, ...openTasks.flatMap((t) => t.tierIds)]),
    tier.kind === 'organisation'
      ? establishmentsPage(deps, caller, tierId, { limit: CARD_ESTABLISHMENTS })
      : Promise.resolve({ items: [], total: 0, nextCursor: null }),
    tierRetention(deps, partition, timeline),
    cardScores(deps, partition, insight, lang),
    ownerNames(deps, partition.facts),
  ]);
  const visible = sight.shown;
  const now = deps.clock.now();
  const worded = await wordEdges(deps, caller, tier, [...people.items, ...others.items], lang, visible);
  const parent = parentIds[0] ? visible.get(parentIds[0]) : undefined;
  return {
    tier,
    etag,
    facts: partition.facts.filter((f) => f.validTo === null).map((f) => viewFact(f, now, deps.config.staleAfterDays)),
    hierarchy: {
      parent: parent ? summarize(parent) : null,
      establishments: establishments.items,
      establishmentsPage: { total: establishments.total, nextCursor: establishments.nextCursor },
    },
    relations: worded.filter((r) => !isPeople(r)),
    relationsPage: { total: others.total, nextCursor: others.nextCursor },
    people: { items: cardPeople(worded.filter(isPeople), visible), total: people.total, nextCursor: people.nextCursor },
    timeline: await visibleTimeline(deps, caller, timeline, sight),
    openTasks: openTasks
      .filter((t) => seesTask(caller, sight, t))
      .map((t) => taskView(sight, t))
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    pendingChangeRequests: partition.changeRequests.map((c) => c.value).filter((c) => c.status === 'pending'),
    retention: {
      expiresAt: retention.expiresAt,
      expired: retention.expired,
      rule: retention.rule,
      reason: retention.reason,
      label: describeRetention(retention, lang),
    },
    scores,
    userNames,
  };
};
