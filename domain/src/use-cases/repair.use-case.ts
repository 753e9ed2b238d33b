import type { Deps } from '../ports/deps';
import { saveNewTask } from './tasks.use-case';
import { indexTier } from './index-tier';
import { completeInteraction } from './log-interaction.use-case';

export type RepairReport = { tiers: number; interactions: number };

/**
 * Completes whatever a crash left half-written: re-derives every index entry from its tier, copies
 * each relation edge to its other side, and re-runs every interaction's outbox. All writes are
 * idempotent, so running it on a healthy base changes nothing.
 */
export const repairTier = async (deps: Deps, tierId: string): Promise<void> => {
  const partition = await deps.tiers.partition(tierId);
  if (!partition) return;
  await indexTier(deps, partition.tier.value);
  await Promise.all([
    ...partition.relations.map(async (edge) => {
      await deps.index.put('relation', edge.id, edge.fromId, edge.toId);
      const otherId = edge.fromId === tierId ? edge.toId : edge.fromId;
      const other = await deps.tiers.getRelation(otherId, edge.id);
      if (!other || other.value.updatedAt < edge.updatedAt) await deps.tiers.putRelation(otherId, edge);
    }),
    ...partition.tasks.map(async (task) => (await deps.tasks.get(task.id)) ?? saveNewTask(deps, task)),
    ...partition.changeRequests.map(async ({ value }) => {
      await deps.index.put('change-request', value.id, value.tierId);
      await deps.index.put('cr-status', value.status, value.id, value.tierId);
    }),
  ]);
};

export const repairAll = async (deps: Deps, onProgress: (report: RepairReport) => void = () => {}): Promise<RepairReport> => {
  const report: RepairReport = { tiers: 0, interactions: 0 };
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.tiers.listIds(200, cursor);
    await Promise.all(page.items.map((id) => repairTier(deps, id)));
    report.tiers += page.items.length;
    onProgress(report);
    cursor = page.nextCursor ?? undefined;
  }
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.interactions.listIds(200, cursor);
    await Promise.all(
      page.items.map(async (id) => {
        const stored = await deps.interactions.get(id);
        if (stored) await completeInteraction(deps, stored.value, stored.outbox);
      }),
    );
    report.interactions += page.items.length;
    onProgress(report);
    cursor = page.nextCursor ?? undefined;
  }
  return report;
};
