import type { ChangeRequest, ElementOp, FieldChange } from '../model/change-request.schema';
import type { FactVersion } from '../model/fact';
import type { Medium } from '../model/interaction.schema';
import { findElement, listElementSchema } from '../model/list-elements';
import { displayName, type Tier, type TierKind } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { RelationEdge } from '../ports/tier-store.port';
import { tierWithElementIds } from '../use-cases/element-ids';
import { currentValue } from './field-values';
import { listChangeSteps, type ElementStep } from './list-changes';

/**
 * A change as a reader sees it: for an element-wise change `current` is that element today (null
 * when gone); `steps` says, for a list field, what it adds, replaces and removes, element by element.
 */
export type ChangeView = { path: string; op?: ElementOp; id?: string; from: unknown; to: unknown; current: unknown; steps: ElementStep[] };

/** The change's element-wise steps and today's value, for one change. */
export const viewChange = (tier: Tier | undefined, facts: readonly FactVersion[], relations: readonly RelationEdge[], change: FieldChange): ChangeView => {
  const now = tier ? currentValue(tier, facts, change.path, relations) : undefined;
  const held = Array.isArray(now) ? now : [];
  const element = change.op && change.id !== undefined ? held[findElement(held, change.id)] : undefined;
  const isList = tier !== undefined && listElementSchema(tier.kind, change.path) !== undefined;
  return {
    path: change.path,
    ...(change.op ? { op: change.op } : {}),
    ...(change.id !== undefined ? { id: change.id } : {}),
    from: change.from ?? null,
    to: change.to ?? null,
    current: (change.op ? element : now) ?? null,
    steps: isList ? listChangeSteps(change, Array.isArray(change.from) ? change.from : held) : [],
  };
};

/** A request with what a reader needs beside it: the tier's name, the interaction it came from, today's values. */
export type ChangeRequestView = {
  request: ChangeRequest;
  tier: { id: string; name: string; kind: TierKind } | null;
  interaction: { id: string; subject: string | null; occurredAt: string; medium: Medium } | null;
  changes: ChangeView[];
};

export const viewChangeRequest = async (deps: Deps, request: ChangeRequest): Promise<ChangeRequestView> => {
  const [partition, interaction] = await Promise.all([
    deps.tiers.partition(request.tierId),
    request.interactionId ? deps.interactions.get(request.interactionId) : Promise.resolve(undefined),
  ]);
  const tier = partition && tierWithElementIds(deps.ids, partition.tier.value);
  return {
    request,
    tier: tier ? { id: tier.id, name: displayName(tier), kind: tier.kind } : null,
    interaction: interaction
      ? { id: interaction.value.id, subject: interaction.value.subject, occurredAt: interaction.value.occurredAt, medium: interaction.value.medium }
      : null,
    changes: request.changes.map((c) => viewChange(tier, partition?.facts ?? [], partition?.relations ?? [], c)),
  };
};
