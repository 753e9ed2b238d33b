import type { ChangeRequest } from '../model/change-request.schema';
import type { FactVersion } from '../model/fact';
import type { TimelineEntry } from '../model/interaction.schema';
import type { TierGuard } from '../access/tier-guard';
import type { Relation } from '../model/relation.schema';
import type { Task } from '../model/task.schema';
import type { Tier, TierKind } from '../model/tier.schema';

export type Page<T> = { items: T[]; nextCursor: string | null };
export type Versioned<T> = { value: T; etag: string };

/**
 * A relation as stored in each of its tiers' partitions, with both ends named for the card and their
 * visibility guards (absent on edges written before guards existed: those ends are read instead).
 */
export type RelationEdge = Relation & {
  fromName: string;
  fromKind: TierKind;
  toName: string;
  toKind: TierKind;
  fromGuard?: TierGuard;
  toGuard?: TierGuard;
};

/**
 * A step of a long operation on a tier (a merge into it), kept in the tier's partition until it is
 * done, so an interrupted operation can be found and completed.
 */
export type JournalEntry = { key: string; value: Record<string, unknown> };

/** Everything in one tier's partition but its timeline: what the card reads in one query. */
export type TierPartition = {
  tier: Versioned<Tier>;
  facts: FactVersion[];
  relations: RelationEdge[];
  tasks: Task[];
  changeRequests: Versioned<ChangeRequest>[];
  journal: JournalEntry[];
};

/** Writes inside one tier partition, applied atomically (one entity-group transaction). */
export type TierWrite = {
  tier?: { value: Tier; ifMatch?: string };
  facts?: FactVersion[];
  /** Fact versions to delete (undoing a merge); each must exist, or the whole write fails. */
  removeFacts?: Pick<FactVersion, 'name' | 'validFrom'>[];
  /** Relation edges stored in this partition, replaced. */
  relations?: RelationEdge[];
  changeRequests?: { value: ChangeRequest; ifMatch?: string }[];
  /** Markers that make an operation apply once: the transaction fails if one exists already. */
  onceMarkers?: string[];
  /** Journal entries to write (replacing one with the same key). */
  journal?: JournalEntry[];
};

export type TimelinePageQuery = { limit: number; cursor?: string; medium?: string; direction?: 'inbound' | 'outbound' };

export type TierStore = {
  /** Creates the tier partition (fails with TIER.EXISTS if it exists). */
  create: (tier: Tier, facts: FactVersion[]) => Promise<string>;
  /** Every tier id, a page at a time (for repair and batch jobs, not for requests). */
  listIds: (limit: number, cursor?: string) => Promise<Page<string>>;
  get: (id: string) => Promise<Versioned<Tier> | undefined>;
  getMany: (ids: readonly string[]) => Promise<Tier[]>;
  partition: (id: string) => Promise<TierPartition | undefined>;
  /** Applies writes atomically; a stale ETag → 412, an existing once-marker → already applied. Returns the tier's new ETag. */
  write: (tierId: string, write: TierWrite) => Promise<string | undefined>;
  factHistory: (id: string, name: string) => Promise<FactVersion[]>;
  putRelation: (tierId: string, edge: RelationEdge) => Promise<void>;
  getRelation: (tierId: string, relationId: string) => Promise<Versioned<RelationEdge> | undefined>;
  replaceRelation: (tierId: string, edge: RelationEdge, ifMatch?: string) => Promise<void>;
  putTimeline: (tierId: string, entry: TimelineEntry) => Promise<void>;
  timeline: (tierId: string, query: TimelinePageQuery) => Promise<Page<TimelineEntry>>;
  putTaskCopy: (tierId: string, task: Task) => Promise<void>;
  /** Inserts a change request into its tier's partition unless it is there already. */
  insertChangeRequest: (request: ChangeRequest) => Promise<void>;
  getChangeRequest: (tierId: string, id: string) => Promise<Versioned<ChangeRequest> | undefined>;
  /** GDPR erasure: deletes every row of the partition but the profile, which becomes `tombstone`. */
  erase: (tierId: string, tombstone: Tier) => Promise<void>;
  /** Drops a relation edge from one tier's partition (the other end was erased, a merge undone). */
  removeRelation: (tierId: string, relationId: string) => Promise<void>;
  /** Drops copies a merge gave the survivor, when it is undone; nothing happens when they are gone already. */
  removeTaskCopy: (tierId: string, taskId: string) => Promise<void>;
  removeTimeline: (tierId: string, entry: TimelineEntry) => Promise<void>;
  removeChangeRequest: (tierId: string, id: string) => Promise<void>;
};
