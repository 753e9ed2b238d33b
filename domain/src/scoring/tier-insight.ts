import type { FactValue } from '../model/fact-definitions';
import type { FactVersion } from '../model/fact';
import type { Task } from '../model/task.schema';
import { displayName, type Confidentiality, type Tier, type TierKind } from '../model/tier.schema';
import type { RelationEdge, TierPartition } from '../ports/tier-store.port';
import { emptyActivity, type ActivityLog } from './activity-log';

export type InsightFact = { name: string; value: FactValue; from: string; to: string | null; confirmedAt: string };
export type InsightRelation = { type: string; side: 'from' | 'to'; status: 'ongoing' | 'ended'; start: string | null; end: string | null; otherKind: TierKind };
export type InsightTask = { id: string; due: string | null };
/** A day's closing scores, kept for the trend. */
export type ScoreClose = [day: string, opportunity: number, risk: number];

/**
 * Everything scores and segments need about one tier, in one compact record kept up to date as the
 * tier changes (profile, facts, relations, tasks, change requests from its partition; interactions
 * one by one from the logging fan-out). Segments read these records, never the tiers' partitions.
 */
export type TierInsight = {
  tierId: string;
  kind: TierKind;
  name: string;
  status: Tier['status'];
  ownerTeam: string;
  confidentiality: Confidentiality;
  owner: string | null;
  createdBy: string;
  createdAt: string;
  attributes: { city: string | null; postalCode: string | null; siren: string | null; referenceFunction: string | null; jobTitle: string | null };
  facts: InsightFact[];
  relations: InsightRelation[];
  openTasks: InsightTask[];
  pendingChangeRequests: { count: number; oldest: string | null };
  activity: ActivityLog;
  history: ScoreClose[];
  updatedAt: string;
};

/** Past this, relation edges and fact versions are cut (oldest first): a summary must stay small. */
const MAX_RELATIONS = 200;
const MAX_FACT_VERSIONS = 60;
const MAX_OPEN_TASKS = 200;

const attributesOf = (tier: Tier): TierInsight['attributes'] => {
  const address = tier.kind === 'organisation' ? tier.addresses?.find((a) => a.city || a.postcode) : undefined;
  return {
    city: address?.city ?? null,
    postalCode: address?.postcode ?? null,
    siren: tier.kind === 'organisation' ? (tier.siren ?? null) : null,
    referenceFunction: tier.kind === 'person' ? (tier.referenceFunction ?? null) : null,
    jobTitle: tier.kind === 'person' ? (tier.jobTitle ?? null) : null,
  };
};

const factOf = (f: FactVersion): InsightFact => ({ name: f.name, value: f.value, from: f.validFrom, to: f.validTo, confirmedAt: f.confirmedAt });

const relationOf = (tierId: string, edge: RelationEdge): InsightRelation => {
  const side = edge.fromId === tierId ? 'from' : 'to';
  return { type: edge.typeId, side, status: edge.status, start: edge.startDate, end: edge.endDate, otherKind: side === 'from' ? edge.toKind : edge.fromKind };
};

export const openTaskOf = (task: Pick<Task, 'id' | 'dueDate'>): InsightTask => ({ id: task.id, due: task.dueDate });

/** The parts of a summary that come from the tier's partition (everything but its interactions). */
export type PartitionFacts = Omit<TierInsight, 'activity' | 'history' | 'updatedAt'>;

export const partitionFacts = (partition: Pick<TierPartition, 'facts' | 'relations' | 'tasks' | 'changeRequests'> & { tier: Tier }): PartitionFacts => {
  const { tier } = partition;
  const pending = partition.changeRequests.filter((c) => c.value.status === 'pending').map((c) => c.value.requestedAt).sort();
  return {
    tierId: tier.id,
    kind: tier.kind,
    name: displayName(tier),
    status: tier.status,
    ownerTeam: tier.ownerTeam,
    confidentiality: tier.confidentiality,
    owner: tier.owner ?? null,
    createdBy: tier.createdBy,
    createdAt: tier.createdAt,
    attributes: attributesOf(tier),
    facts: [...partition.facts].sort((a, b) => b.validFrom.localeCompare(a.validFrom)).slice(0, MAX_FACT_VERSIONS).map(factOf),
    relations: partition.relations.slice(0, MAX_RELATIONS).map((e) => relationOf(tier.id, e)),
    openTasks: partition.tasks.filter((t) => t.status === 'open').slice(0, MAX_OPEN_TASKS).map(openTaskOf),
    pendingChangeRequests: { count: pending.length, oldest: pending[0] ?? null },
  };
};

export const newInsight = (facts: PartitionFacts, at: string): TierInsight => ({ ...facts, activity: emptyActivity(), history: [], updatedAt: at });

/** True when the partition says something the summary does not know yet (what read-repair writes). */
export const differsFrom = (insight: TierInsight, facts: PartitionFacts): boolean =>
  (Object.keys(facts) as (keyof PartitionFacts)[]).some((key) => JSON.stringify(insight[key]) !== JSON.stringify(facts[key]));

/** The current value of a fact, and the value it had at a date (from the kept history). */
export const currentValue = (insight: Pick<TierInsight, 'facts'>, name: string): InsightFact | undefined =>
  insight.facts.find((f) => f.name === name && f.to === null);

export const valueOn = (insight: Pick<TierInsight, 'facts'>, name: string, at: string): FactValue | undefined =>
  insight.facts.find((f) => f.name === name && f.from <= at && (f.to === null || f.to > at))?.value;

/** What visibility rules read of a tier, from its summary. */
export const guardOf = (insight: TierInsight) => ({
  ownerTeam: insight.ownerTeam,
  confidentiality: insight.confidentiality,
  owner: insight.owner ?? undefined,
  createdBy: insight.createdBy,
});
