import { z } from 'zod';
import { DomainError, isDomainError, notFound } from '../errors/domain-error';
import { guardCallerText } from '../gdpr/guard-free-text';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import { InteractionAddition, InteractionSource, type Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import { displayName } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { Versioned } from '../ports/tier-store.port';
import { completeAfterSave, markInteractionPending } from '../background/defer-completion';
import { interactionIdOf } from './log-interaction.use-case';
import { interactionView, seesShared, sightOf, type Sight } from './shared-sight';
import { visibleTiers } from './visible-tier';

/** An interaction shared with a tier the caller may not see does not exist for them, unless they logged it. */
const visibleInteraction = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Interaction> & { sight: Sight }> => {
  const found = await deps.interactions.get(id);
  const tierIds = found?.value.participants.map((p) => p.tierId) ?? [];
  const sight = found && (await sightOf(deps, caller, tierIds));
  if (!found || !sight || !seesShared(caller, sight, tierIds, found.value.performedBy)) throw notFound('interaction', id);
  return { etag: found.etag, value: interactionView(found.value, sight), sight };
};

export const getInteraction = async (deps: Deps, caller: Caller, id: string): Promise<Versioned<Interaction>> => {
  const { value, etag } = await visibleInteraction(deps, caller, id);
  return { value, etag };
};

/** Not found names the source, never the id it maps to: that id would tell apart a message logged by another team. */
export const getInteractionBySource = async (deps: Deps, caller: Caller, input: unknown): Promise<Versioned<Interaction>> => {
  const source = parseInput(InteractionSource, input);
  try {
    return await getInteraction(deps, caller, interactionIdOf(deps, source));
  } catch (error) {
    if (isDomainError(error) && error.kind === 'not-found')
      throw new DomainError('INTERACTION.NOT_FOUND', 'not-found', `No interaction was logged from this ${source.kind === 'email' ? 'e-mail' : 'meeting'}.`);
    throw error;
  }
};

/** Adds tiers and follow-ups to a logged interaction (what the add-in offers instead of a duplicate). */
export const addToInteraction = async (
  deps: Deps,
  caller: Caller,
  id: string,
  input: unknown,
  ifMatch?: string,
): Promise<Versioned<Interaction>> => {
  const addition = parseInput(InteractionAddition, input);
  const { sight } = await visibleInteraction(deps, caller, id);
  guardCallerText(deps, caller, (addition.tasks ?? []).map((t, i) => ({ path: `tasks.${i}.title`, text: t.title })), addition.acknowledgeFreeTextWarnings);
  const stored = (await deps.interactions.get(id))!;
  if (ifMatch && ifMatch !== stored.etag) throw new DomainError('INTERACTION.CHANGED', 'precondition-failed', 'The interaction changed since you read it.');
  const newIds = (addition.participants ?? []).map((p) => p.tierId).filter((tid) => !stored.value.participants.some((p) => p.tierId === tid));
  const tiers = await visibleTiers(deps, caller, newIds);
  const missing = newIds.flatMap((tid, i) => (tiers.some((t) => t.id === tid) ? [] : [{ path: `participants.${i}.tierId`, message: 'No tier with this id.' }]));
  if (missing.length > 0) throw new DomainError('INTERACTION.INVALID_REFERENCE', 'rule', 'Unknown tiers.', missing);
  const now = deps.clock.now();
  const participants = [
    ...stored.value.participants,
    ...tiers.map((t) => ({ tierId: t.id, role: addition.participants?.find((p) => p.tierId === t.id)?.role, name: displayName(t), kind: t.kind })),
  ];
  const offset = stored.value.taskIds.length;
  // Its author may still add to an interaction one of whose tiers they no longer see: their tasks stay off that tier.
  const taskTierIds = participants.map((p) => p.tierId).filter((tierId) => !sight.hidden.has(tierId));
  const tasks: Task[] = (addition.tasks ?? []).map((t, i) => ({
    id: deps.ids.fromKey('task', `${id}\n${offset + i}`),
    title: t.title, dueDate: t.dueDate ?? null, assigneeId: t.assigneeId ?? caller.userId, status: 'open',
    tierIds: taskTierIds, interactionId: id, createdAt: now, createdBy: caller.userId,
    doneAt: null, doneBy: null, updatedAt: now,
  }));
  const next: Interaction = { ...stored.value, participants, taskIds: [...stored.value.taskIds, ...tasks.map((t) => t.id)], updatedAt: now };
  const outbox = { tasks: [...stored.outbox.tasks, ...tasks], changeRequests: stored.outbox.changeRequests };
  const [etag] = await Promise.all([deps.interactions.replace(next, outbox, stored.etag), markInteractionPending(deps, id, caller)]);
  await completeAfterSave(deps, next, outbox, caller);
  const seen: Sight = { hidden: sight.hidden, shown: new Map([...sight.shown, ...tiers.map((t) => [t.id, t] as const)]) };
  return { value: interactionView(next, seen), etag };
};

export const TimelineQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    cursor: z.string().max(2000).optional(),
    medium: z.string().max(40).optional(),
    direction: z.enum(['inbound', 'outbound']).optional(),
  })
  .strict();
