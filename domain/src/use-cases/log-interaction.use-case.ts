import { createRouter } from '../approvals/route-change-request';
import { DomainError, type FieldError } from '../errors/domain-error';
import { guardCallerText } from '../gdpr/guard-free-text';
import { parseInput } from '../errors/parse-input';
import type { Caller } from '../model/caller';
import type { ChangeRequest } from '../model/change-request.schema';
import { InteractionDraft, type Interaction, type InteractionSource } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import { displayName, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { StoredInteraction } from '../ports/interaction-store.port';
import { completeAfterSave, markInteractionPending } from '../background/defer-completion';
import { buildChangeRequest, checkChanges, checkRelationChanges } from './change-requests.use-case';
import { completeInteraction, durableOnly } from './complete-interaction';
import { interactionView, seesShared, sightOf } from './shared-sight';
import { tierWithElementIds } from './element-ids';
import { visibleTiers } from './visible-tier';

export type LogResult = { value: Interaction; etag: string; created: boolean };

export const interactionIdOf = (deps: Deps, source: InteractionSource): string => deps.ids.fromKey('interaction', `${source.kind}\n${source.id}`);

const checkParticipants = (draft: InteractionDraft, found: readonly Tier[]): FieldError[] =>
  draft.participants.flatMap((p, i) =>
    found.some((t) => t.id === p.tierId) ? [] : [{ path: `participants.${i}.tierId`, message: 'No tier with this id.' }],
  );

/**
 * Logs an interaction against several tiers. Idempotent on its source (e-mail internetMessageId,
 * meeting iCalUId) or on an Idempotency-Key: the id derives from it, so twenty concurrent clicks insert
 * one record and the others read it back.
 */
export const logInteraction = async (deps: Deps, caller: Caller, input: unknown, options: { idempotencyKey?: string } = {}): Promise<LogResult> => {
  const draft = parseInput(InteractionDraft, input);
  guardCallerText(
    deps,
    caller,
    [
      ...(['subject', 'purpose', 'summary', 'outcome'] as const).map((path) => ({ path, text: draft[path] })),
      ...(draft.tasks ?? []).map((t, i) => ({ path: `tasks.${i}.title`, text: t.title })),
      ...(draft.changeRequests ?? []).map((c, i) => ({ path: `changeRequests.${i}.reason`, text: c.reason })),
    ],
    draft.acknowledgeFreeTextWarnings,
  );
  const id = draft.source
    ? interactionIdOf(deps, draft.source)
    : options.idempotencyKey
      ? deps.ids.fromKey('interaction-key', `${caller.userId}\n${options.idempotencyKey}`)
      : deps.ids.newId();
  const crTierIds = (draft.changeRequests ?? []).map((c) => c.tierId ?? draft.participants[0]!.tierId);
  const [existing, tiers] = await Promise.all([
    deps.interactions.get(id),
    visibleTiers(deps, caller, [...draft.participants.map((p) => p.tierId), ...crTierIds]),
  ]);
  if (existing) return finishExisting(deps, caller, existing);

  const errors = checkParticipants(draft, tiers);
  const crChanges = (draft.changeRequests ?? []).map((c, i) => {
    const tier = tiers.find((t) => t.id === crTierIds[i]);
    if (!tier) {
      errors.push({ path: `changeRequests.${i}.tierId`, message: 'No tier with this id.' });
      return c.changes;
    }
    const checked = checkChanges(tierWithElementIds(deps.ids, tier), c, `changeRequests.${i}.`);
    errors.push(...checked.errors);
    return checked.changes;
  });
  const relationErrors = await Promise.all(
    (draft.changeRequests ?? []).map((c, i) => checkRelationChanges(deps, crTierIds[i]!, c.changes, `changeRequests.${i}.`)),
  );
  errors.push(...relationErrors.flat());
  if (errors.length > 0) throw new DomainError('INTERACTION.INVALID_REFERENCE', 'rule', 'The interaction refers to unknown or invalid records.', errors);

  const now = deps.clock.now();
  const participantIds = draft.participants.map((p) => p.tierId);
  const tasks: Task[] = (draft.tasks ?? []).map((t, i) => ({
    id: deps.ids.fromKey('task', `${id}\n${i}`),
    title: t.title,
    dueDate: t.dueDate ?? null,
    assigneeId: t.assigneeId ?? caller.userId,
    status: 'open',
    tierIds: participantIds,
    interactionId: id,
    createdAt: now,
    createdBy: caller.userId,
    doneAt: null,
    doneBy: null,
    updatedAt: now,
  }));
  // Routed before the interaction is saved: its outbox then holds who was asked, and a repeat asks the same people.
  const route = createRouter(deps);
  const changeRequests: ChangeRequest[] = await Promise.all(
    (draft.changeRequests ?? []).map((c, i) =>
      route(
        buildChangeRequest(deps, caller, { ...c, changes: crChanges[i]!, tierId: crTierIds[i]!, interactionId: id }, deps.ids.fromKey('change-request', `${id}\n${i}`)),
        tiers.find((t) => t.id === crTierIds[i])!,
      ),
    ),
  );
  const interaction: Interaction = {
    id,
    source: draft.source ?? null,
    direction: draft.direction,
    medium: draft.medium,
    occurredAt: draft.occurredAt,
    scheduledAt: draft.scheduledAt ?? null,
    durationMinutes: draft.durationMinutes ?? null,
    location: draft.location ?? null,
    subject: draft.subject ?? null,
    purpose: draft.purpose ?? null,
    summary: draft.summary ?? null,
    outcome: draft.outcome ?? null,
    participants: draft.participants.map((p) => {
      const tier = tiers.find((t) => t.id === p.tierId)!;
      return { ...p, name: displayName(tier), kind: tier.kind };
    }),
    colleagues: draft.colleagues ?? [],
    ...(draft.attachments?.length ? { attachments: draft.attachments } : {}),
    ...(draft.mailbox && { mailbox: draft.mailbox }),
    performedBy: caller.userId,
    performedByName: caller.name,
    taskIds: tasks.map((t) => t.id),
    changeRequestIds: changeRequests.map((c) => c.id),
    createdAt: now,
    updatedAt: now,
  };
  const outbox = { tasks, changeRequests };
  // The marker goes with the insert: if this process dies before the completion is queued, the sweep finds it.
  const [etag] = await Promise.all([deps.interactions.insert(interaction, outbox), markInteractionPending(deps, id, caller)]);
  if (etag === undefined) return finishExisting(deps, caller, (await deps.interactions.get(id))!);
  await completeAfterSave(deps, interaction, outbox, caller);
  return { value: interaction, etag, created: true };
};

/**
 * A repeat answers with the interaction as the caller may see it. When another team logged this source
 * with a tier the caller may not see, nothing of it is shown: only that the message was logged.
 */
const finishExisting = async (deps: Deps, caller: Caller, existing: StoredInteraction): Promise<LogResult> => {
  // The first click may still be completing it, or may have stopped half-way: the durable records are
  // written again (idempotently) so this answer too is read back at once; its pending marker covers the rest.
  await completeInteraction(deps.background ? durableOnly(deps) : deps, existing.value, existing.outbox);
  const tierIds = existing.value.participants.map((p) => p.tierId);
  const sight = await sightOf(deps, caller, tierIds);
  if (!seesShared(caller, sight, tierIds, existing.value.performedBy))
    throw new DomainError('INTERACTION.LOGGED_ELSEWHERE', 'conflict', 'This e-mail or meeting was already logged by someone else; ask them to add your tiers to it.');
  return { value: interactionView(existing.value, sight), etag: existing.etag, created: false };
};
