import type { FactVersion } from '../model/fact';
import type { Interaction, TimelineEntry } from '../model/interaction.schema';
import type { Tier } from '../model/tier.schema';
import type { TierInsight } from '../scoring/tier-insight';
import type { IndexName } from './index-store.port';
import type { InsightCatchUpItem } from './insight-store.port';
import type { InteractionOutbox } from './interaction-store.port';
import type { RelationEdge } from './tier-store.port';

/** What a batch wrote into one tier partition: a new tier, or a profile replaced under the ETag it was read with, and its other rows. */
export type PartitionWrites = {
  tierId: string;
  create?: Tier;
  update?: { tier: Tier; ifMatch: string };
  facts: FactVersion[];
  relations: RelationEdge[];
  timeline: TimelineEntry[];
};

export type IndexWrite = { name: Exclude<IndexName, 'block'>; key: string; targetId: string; data?: string; remove?: true };

/**
 * Everything a batch of use cases wrote, gathered (the import's staged stores): the store writes it
 * with as few requests as it can (one entity-group transaction per partition, posting lists and
 * summaries by bucket), with bounded parallelism. Tier partitions and interactions first, then the
 * indexes and summaries that point to them, so a crash leaves what a re-run completes.
 */
export type BulkWrites = {
  partitions: PartitionWrites[];
  interactions: { interaction: Interaction; outbox: InteractionOutbox }[];
  index: IndexWrite[];
  /** Posting lists: ids added to and removed from each block key, from the list as last read or written when known. */
  blocks: { key: string; add: string[]; remove: string[]; base?: PostingList }[];
  /** Summaries of tiers that had none: placed by bucket. */
  newSummaries: TierInsight[];
  /** Summaries read with an ETag and changed: written under it; a lost race marks `ifStale` for catch-up instead. */
  changedSummaries: { insight: TierInsight; etag: string; ifStale: { key: string; item: InsightCatchUpItem } }[];
  catchUp: { key: string; item: InsightCatchUpItem }[];
};

/** A block key's posting list with the ETag it was read or written under (none: no list yet). */
export type PostingList = { ids: string[]; etag?: string };

export type BulkWriter = {
  /** Writes everything; answers the posting lists as written, so the next batch need not read them again. */
  write: (writes: BulkWrites) => Promise<{ postings: Map<string, PostingList> }>;
  /** Posting lists of many block keys at once (grouped by bucket): what a batch's matching reads. */
  postings: (keys: readonly string[]) => Promise<Map<string, PostingList>>;
};
