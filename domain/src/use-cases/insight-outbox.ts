import type { Deps } from '../ports/deps';
import type { InsightCatchUpItem, InsightCatchUpStore } from '../ports/insight-store.port';

/**
 * Insight bookkeeping never fails the action it follows: the interaction, task or tier is saved
 * already, and counters are derived data. Work that cannot land (a hot row still lost after the
 * backoff, a storage error) is marked for catch-up instead; the next logging in this process, or
 * `npm run repair`, redoes it from the saved record.
 */

/** How often a process looks for items another instance left, when it marked none itself. */
const CHECK_EVERY_MS = 5 * 60_000;

type CatchUpState = { dirty: boolean; checkedAt: number };
const states = new WeakMap<InsightCatchUpStore, CatchUpState>();
const stateOf = (store: InsightCatchUpStore): CatchUpState => states.get(store) ?? states.set(store, { dirty: false, checkedAt: 0 }).get(store)!;

export const catchUpKey = (deps: Deps, item: InsightCatchUpItem): string =>
  item.kind === 'activity' ? `a~${deps.ids.fromKey('insight-catch-up', JSON.stringify(item))}` : `${item.kind === 'interaction' ? 'i' : 't'}~${item.id}`;

/** Runs `work`; if it fails, marks `item` for catch-up. Resolves either way. */
export const landOrMark = async (deps: Deps, item: InsightCatchUpItem, work: () => Promise<unknown>): Promise<void> => {
  try {
    await work();
  } catch {
    const store = deps.insight?.catchUp;
    if (!store) return;
    stateOf(store).dirty = true;
    // If even the mark cannot be written, the repair pass re-derives every summary and every interaction's counts.
    await store.mark(catchUpKey(deps, item), item).catch(() => undefined);
  }
};

/** True when this process marked work, or has not looked for a while: the next logging then catches up. */
export const catchUpDue = (deps: Deps): boolean => {
  const store = deps.insight?.catchUp;
  if (!store) return false;
  const state = stateOf(store);
  return state.dirty || Date.parse(deps.clock.now()) - state.checkedAt > CHECK_EVERY_MS;
};

/** A catch-up run starts: what is marked from now on asks for another run. */
export const startCatchUp = (deps: Deps): void => {
  const store = deps.insight?.catchUp;
  if (!store) return;
  Object.assign(stateOf(store), { dirty: false, checkedAt: Date.parse(deps.clock.now()) });
};
