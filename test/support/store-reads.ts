import type { Deps } from '@relais/domain';

/** What `run` answered, and every tier id it made the store read (batch reads, as the card and lists do). */
export const tierReadsDuring = async <T>(
  deps: Deps,
  run: () => Promise<T>,
): Promise<{ result: T; read: string[] }> => {
  const read: string[] = [];
  const getMany = deps.tiers.getMany;
  deps.tiers.getMany = (ids) => {
    read.push(...ids);
    return getMany(ids);
  };
  try {
    return { result: await run(), read };
  } finally {
    deps.tiers.getMany = getMany;
  }
};

/** What a run read from the stores: record ids one by one, and how many pages of whole lists it asked for. */
export type StoreReads = {
  interactions: string[];
  tasks: string[];
  tiers: string[];
  /** Pages of the whole interaction log or of every tier id: what nothing a user does may read. */
  basePages: number;
  postingPages: number;
};

/** The same stores, counting what is read through them (run the use case with the `deps` answered). */
export const countingReads = (deps: Deps): { deps: Deps; reads: StoreReads } => {
  const reads: StoreReads = { interactions: [], tasks: [], tiers: [], basePages: 0, postingPages: 0 };
  const { interactions, tasks, tiers, index } = deps;
  return {
    reads,
    deps: {
      ...deps,
      interactions: {
        ...interactions,
        get: (id) => (reads.interactions.push(id), interactions.get(id)),
        list: (limit, cursor) => ((reads.basePages += 1), interactions.list(limit, cursor)),
        listIds: (limit, cursor) => ((reads.basePages += 1), interactions.listIds(limit, cursor)),
      },
      tasks: { ...tasks, get: (id) => (reads.tasks.push(id), tasks.get(id)) },
      tiers: {
        ...tiers,
        get: (id) => (reads.tiers.push(id), tiers.get(id)),
        partition: (id) => (reads.tiers.push(id), tiers.partition(id)),
        getChangeRequest: (tierId, id) => (reads.tiers.push(tierId), tiers.getChangeRequest(tierId, id)),
        listIds: (limit, cursor) => ((reads.basePages += 1), tiers.listIds(limit, cursor)),
      },
      index: { ...index, page: (name, key, limit, after) => ((reads.postingPages += name === 'mention' ? 1 : 0), index.page(name, key, limit, after)) },
    },
  };
};

/**
 * Pages of the whole interaction log read by anyone sharing `deps` (the API and its worker in one
 * process) while `run` runs: what no erasure, export or retention run may read.
 */
export const logPagesDuring = async <T>(deps: Deps, run: () => Promise<T>): Promise<{ result: T; basePages: number }> => {
  let basePages = 0;
  const { list, listIds } = deps.interactions;
  deps.interactions.list = (limit, cursor) => ((basePages += 1), list(limit, cursor));
  deps.interactions.listIds = (limit, cursor) => ((basePages += 1), listIds(limit, cursor));
  try {
    return { result: await run(), basePages };
  } finally {
    Object.assign(deps.interactions, { list, listIds });
  }
};
