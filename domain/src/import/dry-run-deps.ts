import { DomainError } from '../errors/domain-error';
import type { FactVersion } from '../model/fact';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { IndexHit, IndexStore } from '../ports/index-store.port';
import type { InteractionStore, StoredInteraction } from '../ports/interaction-store.port';
import type { RelationEdge, TierPartition, TierStore, Versioned } from '../ports/tier-store.port';

const notSimulated = (what: string) => async (): Promise<never> => {
  throw new Error(`A dry run does not simulate ${what}.`);
};

const factKey = (f: FactVersion) => `${f.name}\n${Date.parse(f.validFrom)}`;

/**
 * The stores as an import sees them, with every write kept in memory instead: a dry run reads the
 * real base and what it would have written, so its report is the report of the real run, and the
 * base is left untouched. Memory grows with what the file would create.
 */
export const dryRunDeps = (deps: Deps): Deps => {
  let version = 0;
  const etag = () => `W/"dry-run-${(version += 1)}"`;
  const local = new Map<string, { tier: Versioned<Tier>; facts: Map<string, FactVersion> }>();
  const edges = new Map<string, Map<string, RelationEdge>>();
  const puts = new Map<string, Map<string, IndexHit>>();
  const removed = new Set<string>();
  const interactions = new Map<string, StoredInteraction>();

  const partition = async (id: string): Promise<TierPartition | undefined> => {
    const own = local.get(id);
    const real = own ? undefined : await deps.tiers.partition(id);
    const tier = own?.tier ?? real?.tier;
    if (!tier) return undefined;
    const added = edges.get(id) ?? new Map<string, RelationEdge>();
    return {
      tier,
      facts: own ? [...own.facts.values()] : (real?.facts ?? []),
      relations: [...(real?.relations ?? []).filter((e) => !added.has(e.id)), ...added.values()],
      tasks: real?.tasks ?? [],
      changeRequests: real?.changeRequests ?? [],
      journal: real?.journal ?? [],
    };
  };

  const tiers: TierStore = {
    ...deps.tiers,
    create: async (tier, facts) => {
      if (local.has(tier.id) || (await deps.tiers.get(tier.id))) throw new DomainError('TIER.EXISTS', 'conflict', `Tier ${tier.id} exists already.`);
      const tag = etag();
      local.set(tier.id, { tier: { value: tier, etag: tag }, facts: new Map(facts.map((f) => [factKey(f), f])) });
      return tag;
    },
    get: async (id) => local.get(id)?.tier ?? deps.tiers.get(id),
    getMany: async (ids) => [
      ...ids.flatMap((id) => (local.has(id) ? [local.get(id)!.tier.value] : [])),
      ...(await deps.tiers.getMany(ids.filter((id) => !local.has(id)))),
    ],
    partition,
    write: async (tierId, write) => {
      const current = await partition(tierId);
      if (!current) throw new DomainError('CHANGE.NOT_FOUND', 'not-found', `No tier ${tierId}.`);
      if (write.tier?.ifMatch && write.tier.ifMatch !== current.tier.etag)
        throw new DomainError('CONCURRENCY.STALE', 'precondition-failed', 'The tier changed since it was read.');
      const entry = local.get(tierId) ?? { tier: current.tier, facts: new Map(current.facts.map((f) => [factKey(f), f])) };
      if (write.tier) entry.tier = { value: write.tier.value, etag: etag() };
      write.facts?.forEach((f) => entry.facts.set(factKey(f), f));
      local.set(tierId, entry);
      return write.tier ? entry.tier.etag : undefined;
    },
    putRelation: async (tierId, edge) => {
      edges.set(tierId, (edges.get(tierId) ?? new Map()).set(edge.id, edge));
    },
    getRelation: async (tierId, id) => {
      const edge = edges.get(tierId)?.get(id);
      return edge ? { value: edge, etag: 'dry-run' } : deps.tiers.getRelation(tierId, id);
    },
    putTimeline: async () => {},
    replaceRelation: notSimulated('relation updates'),
    putTaskCopy: notSimulated('tasks'),
    insertChangeRequest: notSimulated('change requests'),
  };

  const slot = (name: string, key: string) => `${name}~${key}`;
  const localHits = (name: string, key: string) => [...(puts.get(slot(name, key))?.values() ?? [])];
  const index: IndexStore = {
    put: async (name, key, targetId, data) => {
      puts.set(slot(name, key), (puts.get(slot(name, key)) ?? new Map()).set(targetId, { key, targetId, ...(data === undefined ? {} : { data }) }));
      removed.delete(`${slot(name, key)}~${targetId}`);
    },
    remove: async (name, key, targetId) => {
      puts.get(slot(name, key))?.delete(targetId);
      removed.add(`${slot(name, key)}~${targetId}`);
    },
    find: async (name, key) => {
      const own = localHits(name, key);
      const real = (await deps.index.find(name, key)).filter((h) => !removed.has(`${slot(name, key)}~${h.targetId}`) && !own.some((o) => o.targetId === h.targetId));
      return [...real, ...own];
    },
    count: async (name, key) => (await index.find(name, key)).length,
    has: async (name, key, targetId) =>
      puts.get(slot(name, key))?.has(targetId) || (!removed.has(`${slot(name, key)}~${targetId}`) && (await deps.index.has(name, key, targetId))),
    page: async (name, key, limit, after) =>
      (await index.find(name, key))
        .filter((h) => after === undefined || h.targetId > after)
        .sort((a, b) => a.targetId.localeCompare(b.targetId))
        .slice(0, limit),
    findByPrefix: deps.index.findByPrefix,
    claim: notSimulated('index claims'),
  };

  const interactionStore: InteractionStore = {
    ...deps.interactions,
    insert: async (interaction, outbox) => {
      if (interactions.has(interaction.id) || (await deps.interactions.get(interaction.id))) return undefined;
      const tag = etag();
      interactions.set(interaction.id, { value: interaction, outbox, etag: tag });
      return tag;
    },
    get: async (id) => interactions.get(id) ?? deps.interactions.get(id),
    replace: notSimulated('interaction updates'),
  };

  return {
    ...deps,
    tiers,
    index,
    interactions: interactionStore,
    tasks: { ...deps.tasks, insert: notSimulated('tasks'), replace: notSimulated('tasks'), putAssigneeCopy: notSimulated('tasks') },
    relationTypes: { ...deps.relationTypes, insert: notSimulated('relation types') },
    audit: undefined,
    approvalNotifier: undefined,
  };
};
