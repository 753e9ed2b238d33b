import type { ChangeRequest } from '../model/change-request.schema';
import type { Medium } from '../model/interaction.schema';
import { displayName, type TierKind } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import { currentValue } from './field-values';

export type ChangeView = { path: string; from: unknown; to: unknown; current: unknown };

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
  const tier = partition?.tier.value;
  return {
    request,
    tier: tier ? { id: tier.id, name: displayName(tier), kind: tier.kind } : null,
    interaction: interaction
      ? { id: interaction.value.id, subject: interaction.value.subject, occurredAt: interaction.value.occurredAt, medium: interaction.value.medium }
      : null,
    changes: request.changes.map((c) => ({ path: c.path, from: c.from ?? null, to: c.to, current: tier ? (currentValue(tier, partition.facts, c.path, partition.relations) ?? null) : null })),
  };
};
