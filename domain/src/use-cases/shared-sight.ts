import { canSee } from '../access/visibility';
import { hasRole, type Caller } from '../model/caller';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';

/**
 * What a caller sees of the tiers that records shared between tiers name (interactions, tasks):
 * `shown`, the live tiers they may see; `hidden`, the tiers that exist and they may not see.
 */
export type Sight = { shown: ReadonlyMap<string, Tier>; hidden: ReadonlySet<string> };

export const sightOf = async (deps: Deps, caller: Caller, ids: readonly string[]): Promise<Sight> => {
  const shown = new Map<string, Tier>();
  const hidden = new Set<string>();
  for (const tier of await deps.tiers.getMany([...new Set(ids)])) {
    // An erased tier's tombstone names no one; it hides nothing.
    if (!canSee(caller, tier)) {
      if (tier.status !== 'erased') hidden.add(tier.id);
    } else if (tier.status === 'active') shown.set(tier.id, tier);
  }
  return { shown, hidden };
};

/**
 * A record shared with a tier is as confidential as the most confidential of its tiers: it shows to
 * whoever sees every one of them, and to the person who wrote it (they know what they wrote). For
 * anyone else it does not exist, so its notes never name a tier behind the reader's back.
 */
export const seesShared = (caller: Caller, sight: Sight, tierIds: readonly string[], author: string): boolean =>
  tierIds.some((id) => sight.shown.has(id)) && (author === caller.userId || tierIds.every((id) => !sight.hidden.has(id)));

/** A task is its assignee's and its creator's business, the stewards' and admins', and that of whoever sees every one of its tiers. */
export const seesTask = (caller: Caller, sight: Sight, task: Task): boolean =>
  task.assigneeId === caller.userId ||
  task.createdBy === caller.userId ||
  hasRole(caller, 'steward', 'admin') ||
  seesShared(caller, sight, task.tierIds, task.createdBy);

/** The task as the caller may read it: without the ids of the tiers they may not see. */
export const taskView = (sight: Sight, task: Task): Task => ({ ...task, tierIds: task.tierIds.filter((id) => !sight.hidden.has(id)) });

/** The interaction as the caller may read it: with the participants they may see. */
export const interactionView = (interaction: Interaction, sight: Sight): Interaction => ({
  ...interaction,
  participants: interaction.participants.filter((p) => sight.shown.has(p.tierId)),
});

/** Whether the interaction with this id exists for the caller (a change request may cite only such a one). */
export const seesInteraction = async (deps: Deps, caller: Caller, id: string): Promise<boolean> => {
  const found = await deps.interactions.get(id);
  const tierIds = found?.value.participants.map((p) => p.tierId) ?? [];
  return found !== undefined && seesShared(caller, await sightOf(deps, caller, tierIds), tierIds, found.value.performedBy);
};
