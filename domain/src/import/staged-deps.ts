import { DomainError } from '../errors/domain-error';
import type { FactVersion } from '../model/fact';
import type { TimelineEntry } from '../model/interaction.schema';
import type { RelationType } from '../model/relation.schema';
import type { Tier } from '../model/tier.schema';
import type { TierInsight } from '../scoring/tier-insight';
import type { BulkWrites, IndexWrite, PartitionWrites, PostingList } from '../ports/bulk-writer.port';
import type { Deps } from '../ports/deps';
import { withElementIdsOnWrite } from '../use-cases/element-ids';
import { catchUpKey } from '../use-cases/insight-outbox';
import { withMentionPostings } from '../use-cases/mention-postings';
import { BLOCK_KEY_CAP, type IndexHit, type IndexName, type IndexStore } from '../ports/index-store.port';
import type { ActivityStore, InsightCatchUpItem, InsightCatchUpStore, InsightStores, TierInsightStore } from '../ports/insight-store.port';
import type { InteractionStore, StoredInteraction } from '../ports/interaction-store.port';
import type { RelationEdge, TierPartition, TierStore, Versioned } from '../ports/tier-store.port';

const notStaged = (what: string) => async (): Promise<never> => {
  throw new Error(`An import does not write ${what}.`);
};
const stale = () => new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The record changed since it was read.');

const factKey = (f: FactVersion) => `${f.name}\n${Date.parse(f.validFrom)}`;

/** Tier values and posting lists kept from one batch to the next (bounded: memory stays flat). */
const KEPT_TIERS = 20_000;
const KEPT_POSTINGS = 200_000;

/** A Map that forgets its oldest entries past `limit`. */
const bounded = <K, V>(limit: number) => {
  const map = new Map<K, V>();
  return {
    get: (key: K) => map.get(key),
    has: (key: K) => map.has(key),
    set: (key: K, value: V) => {
      map.delete(key);
      map.set(key, value);
      if (map.size > limit) map.delete(map.keys().next().value as K);
    },
  };
};

type StagedTier = {
  /** The profile as the batch left it (absent: only relations or timeline rows were added). */
  profile?: Versioned<Tier>;
  created: boolean;
  /** The store's ETag the first change was made from (a tier of the base). */
  baseEtag?: string;
  facts: Map<string, FactVersion>;
  relations: Map<string, RelationEdge>;
  timeline: Map<string, TimelineEntry>;
};

type StagedSummary = { value: TierInsight; etag: string; base: { etag?: string; existed: boolean } };

export type StagedDeps = {
  /** The stores as the batch's use cases see them: reads go to the store (once each), writes stay here. */
  deps: Deps;
  /** Records the batch's own deterministic ids are known absent from (rows past the checkpoint): no read for them. */
  assumeAbsent: (ids: { tiers?: readonly string[]; interactions?: readonly string[] }) => void;
  /** Reads the posting lists of these block keys at once, so matching a batch reads memory. */
  prefetchBlocks: (keys: readonly string[]) => Promise<void>;
  /** Everything staged, as one bulk write. */
  pending: () => BulkWrites;
  /** After the pending writes landed (with the posting lists as written): the stage empties, what it wrote is remembered (bounded). */
  landed: (postings: Map<string, PostingList>) => void;
};

/**
 * The stores as an import sees them: every write kept in memory, every read made once and served
 * from memory after, so a batch of rows costs a handful of bulk requests instead of a round trip per
 * write. A run writes the stage out after each batch (`pending`, `landed`); a dry run never does, so
 * its answers are the run's, and the base is left untouched. Rep activity is not counted: an import
 * is no rep's work of the days its records were created.
 */
export const stagedDeps = (deps: Deps): StagedDeps => {
  let version = 0;
  const etag = () => `W/"staged-${(version += 1)}"`;
  const tiersStaged = new Map<string, StagedTier>();
  const absentTiers = new Set<string>();
  const absentInteractions = new Set<string>();
  const tierReads = new Map<string, Promise<Versioned<Tier> | undefined>>();
  const partitionReads = new Map<string, Promise<TierPartition | undefined>>();
  const keptTiers = bounded<string, Tier>(KEPT_TIERS);
  const puts = new Map<string, Map<string, IndexHit>>();
  const removed = new Set<string>();
  const indexReads = new Map<string, Promise<IndexHit[]>>();
  /** Lists read in bulk or written, with their ETags: the next write of them needs no read. */
  const postings = bounded<string, PostingList>(KEPT_POSTINGS);
  const blockAdds = new Map<string, Set<string>>();
  const blockRemoves = new Map<string, Set<string>>();
  const interactions = new Map<string, StoredInteraction>();
  const interactionReads = new Map<string, Promise<StoredInteraction | undefined>>();
  const summaries = new Map<string, StagedSummary>();
  const summaryReads = new Map<string, Promise<{ value?: TierInsight; etag?: string }>>();
  const catchUp = new Map<string, InsightCatchUpItem>();
  let relationTypes: Promise<RelationType[]> | undefined;

  const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> => {
    let pending = cache.get(key);
    if (!pending) {
      pending = read();
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    return pending;
  };

  const staged = (id: string): StagedTier => {
    let entry = tiersStaged.get(id);
    if (!entry) tiersStaged.set(id, (entry = { created: false, facts: new Map(), relations: new Map(), timeline: new Map() }));
    return entry;
  };

  const realTier = (id: string) => (absentTiers.has(id) ? Promise.resolve(undefined) : once(tierReads, id, () => deps.tiers.get(id)));
  const realPartition = (id: string) => (absentTiers.has(id) ? Promise.resolve(undefined) : once(partitionReads, id, () => deps.tiers.partition(id)));

  const partition = async (id: string): Promise<TierPartition | undefined> => {
    const own = tiersStaged.get(id);
    const real = own?.created ? undefined : await realPartition(id);
    const tier = own?.profile ?? real?.tier;
    if (!tier) return undefined;
    const facts = new Map((real?.facts ?? []).map((f) => [factKey(f), f]));
    own?.facts.forEach((f, key) => facts.set(key, f));
    const relations = new Map((real?.relations ?? []).map((e) => [e.id, e]));
    own?.relations.forEach((e, key) => relations.set(key, e));
    return {
      tier,
      facts: [...facts.values()],
      relations: [...relations.values()],
      tasks: real?.tasks ?? [],
      changeRequests: real?.changeRequests ?? [],
      journal: real?.journal ?? [],
    };
  };

  const tiers: TierStore = {
    ...deps.tiers,
    create: async (tier, facts) => {
      if (tiersStaged.get(tier.id)?.profile || (await realTier(tier.id))) throw new DomainError('TIER.EXISTS', 'conflict', `Tier ${tier.id} exists already.`);
      const entry = staged(tier.id);
      entry.created = true;
      entry.profile = { value: tier, etag: etag() };
      facts.forEach((f) => entry.facts.set(factKey(f), f));
      return entry.profile.etag;
    },
    get: async (id) => tiersStaged.get(id)?.profile ?? realTier(id),
    getMany: async (ids) => {
      const found: Tier[] = [];
      const missing: string[] = [];
      for (const id of new Set(ids)) {
        const known = tiersStaged.get(id)?.profile?.value ?? keptTiers.get(id);
        if (known) found.push(known);
        else if (!absentTiers.has(id)) missing.push(id);
      }
      const read = missing.length > 0 ? await deps.tiers.getMany(missing) : [];
      read.forEach((t) => keptTiers.set(t.id, t));
      return [...found, ...read];
    },
    partition,
    write: async (tierId, write) => {
      if (write.changeRequests?.length || write.onceMarkers?.length || write.journal?.length) throw new Error('An import writes profiles, facts and relations only.');
      const current = await partition(tierId);
      if (!current) throw new DomainError('CHANGE.NOT_FOUND', 'not-found', `No tier ${tierId}.`);
      if (write.tier?.ifMatch && write.tier.ifMatch !== current.tier.etag) throw stale();
      const entry = staged(tierId);
      if (write.tier) {
        if (!entry.created && !entry.profile) entry.baseEtag = current.tier.etag;
        entry.profile = { value: write.tier.value, etag: etag() };
      }
      write.facts?.forEach((f) => entry.facts.set(factKey(f), f));
      write.relations?.forEach((e) => entry.relations.set(e.id, e));
      return write.tier ? entry.profile!.etag : undefined;
    },
    putRelation: async (tierId, edge) => {
      staged(tierId).relations.set(edge.id, edge);
    },
    getRelation: async (tierId, id) => {
      const edge = tiersStaged.get(tierId)?.relations.get(id);
      return edge ? { value: edge, etag: 'staged' } : deps.tiers.getRelation(tierId, id);
    },
    putTimeline: async (tierId, entry) => {
      staged(tierId).timeline.set(`${entry.occurredAt}\n${entry.interactionId}`, entry);
    },
    replaceRelation: notStaged('relation updates'),
    putTaskCopy: notStaged('tasks'),
    insertChangeRequest: notStaged('change requests'),
    erase: notStaged('erasures'),
    removeRelation: notStaged('relation removals'),
  };

  const slot = (name: IndexName, key: string) => `${name}\n${key}`;
  const blockIds = async (key: string): Promise<string[]> => {
    const known = postings.get(key)?.ids ?? (await once(indexReads, slot('block', key), () => deps.index.find('block', key))).map((h) => h.targetId);
    const adds = blockAdds.get(key);
    const removes = blockRemoves.get(key);
    const ids = known.filter((id) => !removes?.has(id));
    for (const id of adds ?? []) if (!ids.includes(id) && ids.length < BLOCK_KEY_CAP) ids.push(id);
    return ids;
  };
  const realHits = (name: IndexName, key: string) => once(indexReads, slot(name, key), () => deps.index.find(name, key));
  const index: IndexStore = {
    put: async (name, key, targetId, data) => {
      if (name === 'block') {
        blockRemoves.get(key)?.delete(targetId);
        blockAdds.set(key, (blockAdds.get(key) ?? new Set()).add(targetId));
        return;
      }
      const hits = puts.get(slot(name, key)) ?? new Map<string, IndexHit>();
      puts.set(slot(name, key), hits.set(targetId, { key, targetId, ...(data === undefined ? {} : { data }) }));
      removed.delete(`${slot(name, key)}\n${targetId}`);
    },
    remove: async (name, key, targetId) => {
      if (name === 'block') {
        blockAdds.get(key)?.delete(targetId);
        blockRemoves.set(key, (blockRemoves.get(key) ?? new Set()).add(targetId));
        return;
      }
      puts.get(slot(name, key))?.delete(targetId);
      removed.add(`${slot(name, key)}\n${targetId}`);
    },
    find: async (name, key) => {
      if (name === 'block') return (await blockIds(key)).map((targetId) => ({ key, targetId }));
      const own = [...(puts.get(slot(name, key))?.values() ?? [])];
      const real = (await realHits(name, key)).filter((h) => !removed.has(`${slot(name, key)}\n${h.targetId}`) && !own.some((o) => o.targetId === h.targetId));
      return [...real, ...own];
    },
    count: async (name, key) => (await index.find(name, key)).length,
    has: async (name, key, targetId) => (await index.find(name, key)).some((h) => h.targetId === targetId),
    page: async (name, key, limit, after) =>
      (await index.find(name, key))
        .filter((h) => after === undefined || h.targetId > after)
        .sort((a, b) => a.targetId.localeCompare(b.targetId))
        .slice(0, limit),
    findByPrefix: deps.index.findByPrefix,
    claim: notStaged('index claims'),
  };

  const interactionStore: InteractionStore = {
    ...deps.interactions,
    get: async (id) =>
      interactions.get(id) ?? (absentInteractions.has(id) ? undefined : once(interactionReads, id, () => deps.interactions.get(id))),
    insert: async (interaction, outbox) => {
      if (await interactionStore.get(interaction.id)) return undefined;
      const tag = etag();
      interactions.set(interaction.id, { value: interaction, outbox, etag: tag });
      return tag;
    },
    replace: notStaged('interaction updates'),
  };

  const insight = (stores: InsightStores): InsightStores => {
    const read = (tierId: string): Promise<{ value?: TierInsight; etag?: string }> => {
      const own = summaries.get(tierId);
      if (own) return Promise.resolve({ value: own.value, etag: own.etag });
      if (absentTiers.has(tierId) || tiersStaged.get(tierId)?.created) return Promise.resolve({});
      return once(summaryReads, tierId, () => stores.summaries.read(tierId));
    };
    const summaryStore: TierInsightStore = {
      ...stores.summaries,
      read,
      write: async (value, tag) => {
        const current = await read(value.tierId);
        if (current.etag !== tag) throw stale();
        const base = summaries.get(value.tierId)?.base ?? { ...(current.etag ? { etag: current.etag } : {}), existed: current.value !== undefined };
        summaries.set(value.tierId, { value, etag: etag(), base });
      },
      remove: notStaged('summary removals'),
    };
    const activity: ActivityStore = {
      ...stores.activity,
      getDay: async () => undefined,
      putDay: async () => etag(),
      putRep: async () => {},
      putRollup: notStaged('rollups'),
    };
    const catchUpStore: InsightCatchUpStore = {
      mark: async (key, item) => {
        catchUp.set(key, item);
      },
      pending: async () => [],
      clear: async () => true,
    };
    return { ...stores, summaries: summaryStore, activity, catchUp: catchUpStore };
  };

  // As the composition root does for the stores: list elements get their ids, free text its mention postings (staged with the rest).
  const overlay: Deps = withMentionPostings({
    ...deps,
    tiers: withElementIdsOnWrite(tiers, deps.ids),
    index,
    interactions: interactionStore,
    tasks: { ...deps.tasks, insert: notStaged('tasks'), replace: notStaged('tasks'), putAssigneeCopy: notStaged('tasks') },
    relationTypes: { list: () => (relationTypes ??= deps.relationTypes.list()), insert: notStaged('relation types') },
    ...(deps.insight ? { insight: insight(deps.insight) } : {}),
    audit: undefined,
    approvalNotifier: undefined,
    // A batch's loggings are completed here, staged with the rest and written in bulk: nothing is queued for a record not yet written (or never, in a dry run).
    background: undefined,
  });

  const pending = (): BulkWrites => {
    const partitions: PartitionWrites[] = [...tiersStaged.entries()].map(([tierId, t]) => ({
      tierId,
      ...(t.created && t.profile ? { create: t.profile.value } : {}),
      ...(!t.created && t.profile && t.baseEtag ? { update: { tier: t.profile.value, ifMatch: t.baseEtag } } : {}),
      facts: [...t.facts.values()],
      relations: [...t.relations.values()],
      timeline: [...t.timeline.values()],
    }));
    const indexWrites: IndexWrite[] = [];
    for (const [at, hits] of puts) {
      const [name, key] = at.split('\n') as [Exclude<IndexName, 'block'>, string];
      for (const hit of hits.values()) indexWrites.push({ name, key, targetId: hit.targetId, ...(hit.data === undefined ? {} : { data: hit.data }) });
    }
    for (const at of removed) {
      const [name, key, targetId] = at.split('\n') as [Exclude<IndexName, 'block'>, string, string];
      indexWrites.push({ name, key, targetId, remove: true });
    }
    const blockKeys = new Set([...blockAdds.keys(), ...blockRemoves.keys()]);
    return {
      partitions,
      interactions: [...interactions.values()].map((i) => ({ interaction: i.value, outbox: i.outbox })),
      index: indexWrites,
      blocks: [...blockKeys]
        .map((key) => ({ key, add: [...(blockAdds.get(key) ?? [])], remove: [...(blockRemoves.get(key) ?? [])], ...(postings.has(key) ? { base: postings.get(key)! } : {}) }))
        .filter((b) => b.add.length > 0 || b.remove.length > 0),
      newSummaries: [...summaries.values()].filter((s) => !s.base.existed).map((s) => s.value),
      changedSummaries: [...summaries.values()]
        .filter((s) => s.base.existed && s.base.etag)
        .map((s) => {
          const item: InsightCatchUpItem = { kind: 'tier', id: s.value.tierId };
          return { insight: s.value, etag: s.base.etag!, ifStale: { key: catchUpKey(deps, item), item } };
        }),
      catchUp: [...catchUp.entries()].map(([key, item]) => ({ key, item })),
    };
  };

  const landed = (written: Map<string, PostingList>) => {
    for (const [id, t] of tiersStaged) if (t.profile) keptTiers.set(id, t.profile.value);
    written.forEach((list, key) => postings.set(key, list));
    [tiersStaged, puts, blockAdds, blockRemoves, interactions, summaries, catchUp].forEach((m) => m.clear());
    [absentTiers, absentInteractions, removed].forEach((s) => s.clear());
    [tierReads, partitionReads, indexReads, interactionReads, summaryReads].forEach((m) => m.clear());
  };

  return {
    deps: overlay,
    assumeAbsent: (ids) => {
      ids.tiers?.forEach((id) => absentTiers.add(id));
      ids.interactions?.forEach((id) => absentInteractions.add(id));
    },
    prefetchBlocks: async (keys) => {
      const unknown = [...new Set(keys)].filter((k) => !postings.has(k));
      if (unknown.length === 0) return;
      if (!deps.bulk) return;
      const read = await deps.bulk.postings(unknown);
      for (const key of unknown) postings.set(key, read.get(key) ?? { ids: [] });
    },
    pending,
    landed,
  };
};
