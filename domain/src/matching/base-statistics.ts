import { acronymKey, blockingKeys, wordKey } from './blocking-keys';
import type { MatchProfile } from './match-profile';
import { isCountedKey } from './shortlist';
import type { MatchContext } from './word-weights';

/** Who holds each word and acronym key in a set of profiles: what the index's posting lists count. */
export type KeyHolders = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The holders of each counted key, a holder being the real-world tier a profile stands for
 * (`holderOf`, the profile itself by default): records of one tier in an evaluation set count once,
 * as the tier does in a base without duplicates.
 */
export const countedKeys = (profiles: readonly MatchProfile[], holderOf: (profile: MatchProfile, index: number) => string = (_p, i) => String(i)): KeyHolders => {
  const holders = new Map<string, Set<string>>();
  profiles.forEach((profile, i) => {
    for (const key of blockingKeys(profile).filter(isCountedKey)) holders.set(key, (holders.get(key) ?? new Set()).add(holderOf(profile, i)));
  });
  return holders;
};

/** The context a draft is scored in against such a set, the draft's own tier left out of the counts (as it is of the base). */
export const contextAmong = (holders: KeyHolders, draftHolder: string): MatchContext => {
  const count = (key: string) => {
    const of = holders.get(key);
    return of ? of.size - (of.has(draftHolder) ? 1 : 0) : 0;
  };
  return { frequencies: (word) => count(wordKey(word)), acronymFrequencies: (acronym) => count(acronymKey(acronym)) };
};
