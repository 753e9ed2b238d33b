import { redactDeep, redactText, type Identity } from '../gdpr/redact-identity';
import type { ChangeRequest } from '../model/change-request.schema';
import { toTimelineEntry } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Tier } from '../model/tier.schema';
import type { Deps } from '../ports/deps';
import type { InteractionOutbox, StoredInteraction } from '../ports/interaction-store.port';
import type { Page } from '../ports/tier-store.port';
import { saveErasureJournal, type ErasureJournal } from './erasure-journal';
import { differs, redactChangeRequest, redactInteractionTexts, redactTask, rewrite } from './erasure-rewrites';

/** Records read per step (and written at most, concurrently): the scan's memory and load stay flat whatever the base. */
const PAGE = 100;

export type MentionCounts = { interactions: number; profiles: number; tasks: number; changeRequests: number; auditRecords: number };

const redactOutbox = (outbox: InteractionOutbox, identity: Identity): InteractionOutbox => ({
  tasks: outbox.tasks.map((t) => redactTask(t, undefined, identity)),
  changeRequests: outbox.changeRequests.map((c) => redactChangeRequest(c, identity)),
});

/** One interaction that names the person without them taking part: its texts rewritten, and its copies in the timelines. */
const interactionMentions = async (deps: Deps, listed: StoredInteraction, identity: Identity, at: string): Promise<boolean> => {
  let changed = false;
  let first = true;
  await rewrite(
    // The listed copy first; read again only when someone wrote in between.
    async () => (first ? ((first = false), listed) : deps.interactions.get(listed.value.id)),
    async (stored) => {
      const next = redactInteractionTexts(stored.value, identity);
      const outbox = redactOutbox(stored.outbox, identity);
      changed = differs([stored.value, stored.outbox], [next, outbox]);
      if (!changed) return;
      const updated = { ...next, updatedAt: at };
      await deps.interactions.replace(updated, outbox, stored.etag);
      await Promise.all(updated.participants.map((p) => deps.tiers.putTimeline(p.tierId, toTimelineEntry(updated))));
    },
  );
  return changed;
};

/** A task naming the person: its title rewritten, with its assignee's copy and every tier's copy. */
const taskMentions = async (deps: Deps, copy: Task, tierId: string, identity: Identity, at: string): Promise<boolean> => {
  if (!differs(redactTask(copy, undefined, identity), copy)) return false;
  const found = await rewrite(
    () => deps.tasks.get(copy.id),
    async (stored) => {
      const next = { ...redactTask(stored.value, undefined, identity), updatedAt: at };
      await deps.tasks.replace(next, stored.etag);
      await Promise.all([deps.tasks.putAssigneeCopy(next), ...next.tierIds.map((id) => deps.tiers.putTaskCopy(id, next))]);
    },
  );
  // A copy whose task is gone still says it: the copy is rewritten alone.
  if (!found) await deps.tiers.putTaskCopy(tierId, { ...redactTask(copy, undefined, identity), updatedAt: at });
  return true;
};

/** A change request naming the person: rewritten in its tier's partition, and its cards in Teams redrawn. */
const requestMentions = async (deps: Deps, tierId: string, request: ChangeRequest, identity: Identity): Promise<boolean> => {
  if (!differs(redactChangeRequest(request, identity), request)) return false;
  let rewritten: ChangeRequest | undefined;
  await rewrite(
    () => deps.tiers.getChangeRequest(tierId, request.id),
    async (found) => {
      const next = redactChangeRequest(found.value, identity);
      if (!differs(next, found.value)) return;
      await deps.tiers.write(tierId, { changeRequests: [{ value: next, ifMatch: found.etag }] });
      rewritten = next;
    },
  );
  if (rewritten) await deps.approvalNotifier?.rewritten(rewritten);
  return true;
};

/** The one free-text field of a profile that may name someone else: a person's assistant. */
const profileMentions = async (deps: Deps, tier: Tier, identity: Identity, at: string): Promise<boolean> => {
  if (tier.kind !== 'person' || !tier.assistant || !differs(redactText(tier.assistant, identity), tier.assistant)) return false;
  await rewrite(
    () => deps.tiers.get(tier.id),
    async (found) => {
      if (found.value.kind !== 'person' || !found.value.assistant) return;
      const next = { ...found.value, assistant: redactText(found.value.assistant, identity), updatedAt: at };
      await deps.tiers.write(tier.id, { tier: { value: next, ifMatch: found.etag } });
    },
  );
  return true;
};

/** The details of the tier's audit records that name the person. */
const auditMentions = async (deps: Deps, tierId: string, identity: Identity): Promise<number> => {
  const audit = deps.audit;
  if (!audit) return 0;
  let count = 0;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await audit.query({ tierId, limit: PAGE, ...(cursor ? { cursor } : {}) });
    const named = page.items.filter((record) => differs(redactDeep(record.details, identity), record.details));
    await Promise.all(named.map((record) => audit.redact({ ...record, details: redactDeep(record.details, identity) })));
    count += named.length;
    cursor = page.nextCursor ?? undefined;
  }
  return count;
};

/** Everything in one tier's partition (and its audit) that names the person: its assistant, change requests, tasks, audit details. */
const tierMentions = async (deps: Deps, tierId: string, identity: Identity, at: string): Promise<Omit<MentionCounts, 'interactions'>> => {
  const partition = await deps.tiers.partition(tierId);
  if (!partition || partition.tier.value.status === 'erased') return { profiles: 0, tasks: 0, changeRequests: 0, auditRecords: 0 };
  const [profile, requests, tasks, auditRecords] = await Promise.all([
    profileMentions(deps, partition.tier.value, identity, at),
    Promise.all(partition.changeRequests.map((c) => requestMentions(deps, tierId, c.value, identity))),
    Promise.all(partition.tasks.map((t) => taskMentions(deps, t, tierId, identity, at))),
    auditMentions(deps, tierId, identity),
  ]);
  return { profiles: profile ? 1 : 0, tasks: tasks.filter(Boolean).length, changeRequests: requests.filter(Boolean).length, auditRecords };
};

/**
 * Scans the whole base, a page at a time, for records that name the erased person without
 * referencing them (a note on another organisation, "spoke with Jeanne Dupont,
 * jeanne.dupont@x.fr"): interactions first, then each tier's change requests, tasks and audit
 * records. After each page the erased tier's journal says where the scan stands, so an interrupted
 * erasure resumes there; every rewrite is idempotent, so a page done twice changes nothing more.
 */
export const eraseMentions = async (deps: Deps, erasedId: string, identity: Identity, journal: ErasureJournal, at: string): Promise<MentionCounts> => {
  const counts: MentionCounts = { interactions: 0, profiles: 0, tasks: 0, changeRequests: 0, auditRecords: 0 };
  let scan = journal;
  const step = async <T>(phase: 'interactions' | 'tiers', list: (cursor?: string) => Promise<Page<T>>, each: (item: T) => Promise<void>) => {
    if (scan.phase !== phase) return;
    for (;;) {
      const page = await list(scan.cursor ?? undefined);
      await Promise.all(page.items.map(each));
      scan = page.nextCursor ? { ...scan, cursor: page.nextCursor } : { ...scan, phase: phase === 'interactions' ? 'tiers' : 'done', cursor: null };
      await saveErasureJournal(deps, erasedId, scan);
      if (!page.nextCursor) return;
    }
  };
  await step(
    'interactions',
    (cursor) => deps.interactions.list(PAGE, cursor),
    async (stored) => {
      if (await interactionMentions(deps, stored, identity, at)) counts.interactions += 1;
    },
  );
  await step(
    'tiers',
    (cursor) => deps.tiers.listIds(PAGE, cursor),
    async (id) => {
      // The erased tier's own records were rewritten with everything that identifies them, before.
      if (id === erasedId) return;
      const found = await tierMentions(deps, id, identity, at);
      counts.profiles += found.profiles;
      counts.tasks += found.tasks;
      counts.changeRequests += found.changeRequests;
      counts.auditRecords += found.auditRecords;
    },
  );
  return counts;
};
