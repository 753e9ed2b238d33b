import type { Caller } from '../model/caller';
import type { Interaction } from '../model/interaction.schema';
import type { Deps } from '../ports/deps';
import type { InteractionOutbox } from '../ports/interaction-store.port';
import { completeInteraction, durableOnly } from '../use-cases/complete-interaction';
import { catchUpIfDue } from '../use-cases/insight-catch-up.use-case';
import { rememberRep } from '../use-cases/reports.use-case';
import { enqueueMarked } from './enqueue';
import type { WorkRep } from './work-message.schema';

export const repOf = (caller: Caller): WorkRep => ({ userId: caller.userId, name: caller.name, teams: caller.teams, ...(caller.email ? { email: caller.email } : {}) });

/** Written beside the interaction's insert: until the queued completion clears it, the sweep can resend it. */
export const markInteractionPending = async (deps: Deps, interactionId: string, caller: Caller): Promise<void> => {
  await deps.background?.pending.mark({ kind: 'interaction', id: interactionId, since: deps.clock.now(), rep: repOf(caller) });
};

/**
 * After the interaction is saved: the durable records the caller must see now, in the request, and
 * the rest (insight, the rep's directory entry, notifications, catch-up) on the queue. Without a
 * queue everything is done here.
 */
export const completeAfterSave = async (deps: Deps, interaction: Interaction, outbox: InteractionOutbox, caller: Caller): Promise<void> => {
  const { background } = deps;
  if (!background) {
    await Promise.all([completeInteraction(deps, interaction, outbox), rememberRep(deps, caller)]);
    await catchUpIfDue(deps);
    return;
  }
  await Promise.all([
    completeInteraction(durableOnly(deps), interaction, outbox),
    enqueueMarked({ ...deps, background }, { kind: 'interaction.complete', interactionId: interaction.id, rep: repOf(caller) }),
  ]);
};
