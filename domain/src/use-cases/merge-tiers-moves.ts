import { tierGuard } from '../access/tier-guard';
import { toTimelineEntry, type Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import { displayName, type Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { RelationEdge, TierPartition } from '../ports/tier-store.port';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';
import { indexTier } from './index-tier';

export type MergeMoves = { relations: number; interactions: number; tasks: number; changeRequests: number; subsidiaries: number };
/** What a merge moved: the counts, and the establishments re-filed (their parent is not kept elsewhere). */
export type MovedRecords = { counts: MergeMoves; subsidiaryIds: string[] };

type Move = { survivor: Tier; duplicateId: string; now: string };

const repoint = (id: string, { survivor, duplicateId }: Move): string => (id === duplicateId ? survivor.id : id);

/** Each edge of the duplicate now starts or ends at the survivor, in both tiers' partitions. */
const moveRelations = async (deps: Deps, move: Move, edges: readonly RelationEdge[]): Promise<number> => {
  const name = displayName(move.survivor);
  // An edge between the two tiers would relate the survivor to itself: it stays behind with the tombstone.
  const moving = edges.filter((e) => repoint(e.fromId, move) !== repoint(e.toId, move));
  await Promise.all(
    moving.map(async (edge) => {
      const next: RelationEdge = {
        ...edge,
        fromId: repoint(edge.fromId, move),
        toId: repoint(edge.toId, move),
        fromName: edge.fromId === move.duplicateId ? name : edge.fromName,
        toName: edge.toId === move.duplicateId ? name : edge.toName,
        fromGuard: edge.fromId === move.duplicateId ? tierGuard(move.survivor) : edge.fromGuard,
        toGuard: edge.toId === move.duplicateId ? tierGuard(move.survivor) : edge.toGuard,
        updatedAt: move.now,
      };
      const otherId = next.fromId === move.survivor.id ? next.toId : next.fromId;
      await deps.index.put('relation', edge.id, next.fromId, next.toId);
      await Promise.all([deps.tiers.putRelation(move.survivor.id, next), deps.tiers.putRelation(otherId, next)]);
      if (edge.fromId === move.duplicateId) await deps.index.remove('relation', edge.id, move.duplicateId);
    }),
  );
  return moving.length;
};

const repointParticipants = (interaction: Interaction, move: Move): Interaction['participants'] => {
  const hasSurvivor = interaction.participants.some((p) => p.tierId === move.survivor.id);
  return interaction.participants.flatMap((p) => {
    if (p.tierId !== move.duplicateId) return [p];
    return hasSurvivor ? [] : [{ ...p, tierId: move.survivor.id, name: displayName(move.survivor), kind: move.survivor.kind }];
  });
};

const repointTask = (task: Task, move: Move): Task => ({ ...task, tierIds: [...new Set(task.tierIds.map((id) => repoint(id, move)))] });

/** The interaction lists the survivor instead of the duplicate; every participant's timeline row says so. */
const moveInteraction = async (deps: Deps, move: Move, interactionId: string): Promise<void> => {
  const next = await retryStaleWrite(async () => {
    const stored = await deps.interactions.get(interactionId);
    if (!stored) return undefined;
    if (!stored.value.participants.some((p) => p.tierId === move.duplicateId)) return stored.value;
    const value: Interaction = { ...stored.value, participants: repointParticipants(stored.value, move), updatedAt: move.now };
    const outbox = { ...stored.outbox, tasks: stored.outbox.tasks.map((t) => repointTask(t, move)) };
    await deps.interactions.replace(value, outbox, stored.etag);
    return value;
  }, FEW_WRITE_ATTEMPTS);
  if (!next) return;
  const entry = toTimelineEntry(next);
  await Promise.all(next.participants.map((p) => deps.tiers.putTimeline(p.tierId, entry)));
};

const moveInteractions = async (deps: Deps, move: Move): Promise<number> => {
  let moved = 0;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.tiers.timeline(move.duplicateId, { limit: 100, ...(cursor ? { cursor } : {}) });
    await Promise.all(page.items.map((entry) => moveInteraction(deps, move, entry.interactionId)));
    moved += page.items.length;
    cursor = page.nextCursor ?? undefined;
  }
  return moved;
};

/** The task names the survivor; its assignee's copy and each tier's copy follow. */
const moveTask = async (deps: Deps, move: Move, taskId: string): Promise<void> => {
  const task = await retryStaleWrite(async () => {
    const stored = await deps.tasks.get(taskId);
    if (!stored) return undefined;
    if (!stored.value.tierIds.includes(move.duplicateId)) return stored.value;
    const next = { ...repointTask(stored.value, move), updatedAt: move.now };
    await deps.tasks.replace(next, stored.etag);
    return next;
  }, FEW_WRITE_ATTEMPTS);
  if (task) await Promise.all([deps.tasks.putAssigneeCopy(task), ...task.tierIds.map((tierId) => deps.tiers.putTaskCopy(tierId, task))]);
};

/** Requests about the duplicate are now requests about the survivor: the approver still decides, and sees conflicts. */
const moveChangeRequests = async (deps: Deps, move: Move, partition: TierPartition): Promise<number> => {
  await Promise.all(
    partition.changeRequests.map(async ({ value }) => {
      const moved = { ...value, tierId: move.survivor.id };
      await deps.tiers.insertChangeRequest(moved);
      await deps.index.put('change-request', value.id, move.survivor.id);
      await deps.index.put('cr-status', value.status, value.id, move.survivor.id);
      await deps.index.remove('change-request', value.id, move.duplicateId);
    }),
  );
  return partition.changeRequests.length;
};

/** Establishments filed under the duplicate are now filed under the survivor. */
const moveSubsidiaries = async (deps: Deps, move: Move): Promise<string[]> => {
  const hits = await deps.index.find('parent', move.duplicateId);
  const moved: string[] = [];
  await Promise.all(
    hits.map((hit) =>
      retryStaleWrite(async () => {
        const child = await deps.tiers.get(hit.targetId);
        if (!child || child.value.kind !== 'organisation' || child.value.parentId !== move.duplicateId) return;
        const next: Tier = { ...child.value, parentId: move.survivor.id, updatedAt: move.now };
        await deps.tiers.write(child.value.id, { tier: { value: next, ifMatch: child.etag } });
        await indexTier(deps, next, child.value);
        moved.push(child.value.id);
      }, FEW_WRITE_ATTEMPTS),
    ),
  );
  return moved;
};

/**
 * Points everything that referred to the duplicate at the survivor. Every step reads what is still to
 * do and writes deterministic keys, so running it again after a crash completes it and changes
 * nothing that was done.
 */
export const moveRecords = async (deps: Deps, move: Move, duplicate: TierPartition): Promise<MovedRecords> => {
  const [relations, interactions, changeRequests, subsidiaries] = await Promise.all([
    moveRelations(deps, move, duplicate.relations),
    moveInteractions(deps, move),
    moveChangeRequests(deps, move, duplicate),
    moveSubsidiaries(deps, move),
  ]);
  await Promise.all(duplicate.tasks.map((task) => moveTask(deps, move, task.id)));
  return { counts: { relations, interactions, tasks: duplicate.tasks.length, changeRequests, subsidiaries: subsidiaries.length }, subsidiaryIds: subsidiaries };
};
