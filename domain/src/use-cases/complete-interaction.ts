import { toTimelineEntry, type Interaction } from '../model/interaction.schema';
import type { Deps } from '../ports/deps';
import type { InteractionOutbox } from '../ports/interaction-store.port';
import { saveChangeRequest } from './change-requests.use-case';
import { recordInteractionInsight } from './scores.use-case';
import { saveNewTask } from './tasks.use-case';

/** Writes what the interaction implies elsewhere; every write is idempotent, so re-running completes it. */
export const completeInteraction = async (deps: Deps, interaction: Interaction, outbox: InteractionOutbox): Promise<void> => {
  const entry = toTimelineEntry(interaction);
  await Promise.all([
    ...interaction.participants.map((p) => deps.tiers.putTimeline(p.tierId, entry)),
    ...outbox.tasks.map((task) => saveNewTask(deps, task)),
    ...outbox.changeRequests.map((request) => saveChangeRequest(deps, request)),
    recordInteractionInsight(deps, interaction),
  ]);
};

/**
 * The records a caller reads right after logging (each participant's timeline, the tasks, the change
 * requests), without what derives from them: summaries, scores and approvers' notifications wait for
 * the queue.
 */
export const durableOnly = (deps: Deps): Deps => {
  const { insight: _insight, approvalNotifier: _notifier, ...rest } = deps;
  return rest;
};
