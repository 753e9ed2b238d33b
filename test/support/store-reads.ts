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
