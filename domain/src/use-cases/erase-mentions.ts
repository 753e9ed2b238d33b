import { redactDeep, redactText, unionOf, type Identity } from '../gdpr/redact-identity';
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

/**
 * What one scan looks for: the mentions of every tier it erases at once (`identity`, their union),
 * and how many rewritten records named each of them (`named`, in the order of `each`).
 */
type Scan = { identity: Identity; each: readonly Identity[]; named: number[] };

/** Counts a rewritten record for each erased tier it named (checked only once the union found one). */
const attribute = <T>(scan: Scan, before: T, redact: (identity: Identity) => T): void => {
  if (scan.each.length === 1) scan.named[0]! += 1;
  else scan.each.forEach((identity, i) => differs(redact(identity), before) && (scan.named[i]! += 1));
};

const redactOutbox = (outbox: InteractionOutbox, identity: Identity): InteractionOutbox => ({
  tasks: outbox.tasks.map((t) => redactTask(t, undefined, identity)),
  changeRequests: outbox.changeRequests.map((c) => redactChangeRequest(c, identity)),
});

/** One interaction that names the person without them taking part: its texts rewritten, and its copies in the timelines. */
const interactionMentions = async (deps: Deps, listed: StoredInteraction, scan: Scan, at: string): Promise<boolean> => {
  const { identity } = scan;
  let changed: StoredInteraction | undefined;
  let first = true;
  await rewrite(
    // The listed copy first; read again only when someone wrote in between.
    async () => (first ? ((first = false), listed) : deps.interactions.get(listed.value.id)),
    async (stored) => {
      const next = redactInteractionTexts(stored.value, identity);
      const outbox = redactOutbox(stored.outbox, identity);
      changed = undefined;
      if (!differs([stored.value, stored.outbox], [next, outbox])) return;
      const updated = { ...next, updatedAt: at };
      await deps.interactions.replace(updated, outbox, stored.etag);
      await Promise.all(updated.participants.map((p) => deps.tiers.putTimeline(p.tierId, toTimelineEntry(updated))));
      changed = stored;
    },
  );
  if (!changed) return false;
  const { value, outbox } = changed;
  attribute(scan, [value, outbox], (one) => [redactInteractionTexts(value, one), redactOutbox(outbox, one)]);
  return true;
};

/** A task naming the person: its title rewritten, with its assignee's copy and every tier's copy. */
const taskMentions = async (deps: Deps, copy: Task, tierId: string, scan: Scan, at: string): Promise<boolean> => {
  const { identity } = scan;
  if (!differs(redactTask(copy, undefined, identity), copy)) return false;
  attribute(scan, copy, (one) => redactTask(copy, undefined, one));
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
const requestMentions = async (deps: Deps, tierId: string, request: ChangeRequest, scan: Scan): Promise<boolean> => {
  const { identity } = scan;
  if (!differs(redactChangeRequest(request, identity), request)) return false;
  attribute(scan, request, (one) => redactChangeRequest(request, one));
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
const profileMentions = async (deps: Deps, tier: Tier, scan: Scan, at: string): Promise<boolean> => {
  const { identity } = scan;
  if (tier.kind !== 'person' || !tier.assistant || !differs(redactText(tier.assistant, identity), tier.assistant)) return false;
  const assistant = tier.assistant;
  attribute(scan, assistant, (one) => redactText(assistant, one));
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
const auditMentions = async (deps: Deps, tierId: string, scan: Scan): Promise<number> => {
  const { identity } = scan;
  const audit = deps.audit;
  if (!audit) return 0;
  let count = 0;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await audit.query({ tierId, limit: PAGE, ...(cursor ? { cursor } : {}) });
    const named = page.items.filter((record) => differs(redactDeep(record.details, identity), record.details));
    named.forEach((record) => attribute(scan, record.details, (one) => redactDeep(record.details, one)));
    await Promise.all(named.map((record) => audit.redact({ ...record, details: redactDeep(record.details, identity) })));
    count += named.length;
    cursor = page.nextCursor ?? undefined;
  }
  return count;
};

/** Everything in one tier's partition (and its audit) that names the person: its assistant, change requests, tasks, audit details. */
const tierMentions = async (deps: Deps, tierId: string, scan: Scan, at: string): Promise<Omit<MentionCounts, 'interactions'>> => {
  const partition = await deps.tiers.partition(tierId);
  if (!partition || partition.tier.value.status === 'erased') return { profiles: 0, tasks: 0, changeRequests: 0, auditRecords: 0 };
  const [profile, requests, tasks, auditRecords] = await Promise.all([
    profileMentions(deps, partition.tier.value, scan, at),
    Promise.all(partition.changeRequests.map((c) => requestMentions(deps, tierId, c.value, scan))),
    Promise.all(partition.tasks.map((t) => taskMentions(deps, t, tierId, scan, at))),
    auditMentions(deps, tierId, scan),
  ]);
  return { profiles: profile ? 1 : 0, tasks: tasks.filter(Boolean).length, changeRequests: requests.filter(Boolean).length, auditRecords };
};

/** A tier whose mentions a scan erases: its id, what names it, and its erasure's journal. */
export type MentionTarget = { tierId: string; identity: Identity; journal: ErasureJournal };

/**
 * Scans the whole base, a page at a time, for records that name the erased people without
 * referencing them (a note on another organisation, "spoke with Jeanne Dupont,
 * jeanne.dupont@x.fr"): interactions first, then each tier's change requests, tasks and audit
 * records. Several people erased together share one scan (the retention job's batch); they start
 * from the same place, the first one's journal. After each page every erased tier's journal says
 * where the scan stands, so an interrupted erasure resumes there, alone or not; every rewrite is
 * idempotent, so a page done twice changes nothing more. Answers the counts by kind of record, and
 * how many records named each target.
 */
export const eraseMentions = async (deps: Deps, targets: readonly MentionTarget[], at: string): Promise<{ counts: MentionCounts; named: number[] }> => {
  const counts: MentionCounts = { interactions: 0, profiles: 0, tasks: 0, changeRequests: 0, auditRecords: 0 };
  const each = targets.map((t) => t.identity);
  const scan: Scan = { identity: unionOf(each), each, named: each.map(() => 0) };
  const erasedIds = new Set(targets.map((t) => t.tierId));
  let position: Pick<ErasureJournal, 'phase' | 'cursor'> = { phase: targets[0]?.journal.phase ?? 'done', cursor: targets[0]?.journal.cursor ?? null };
  const step = async <T>(phase: 'interactions' | 'tiers', list: (cursor?: string) => Promise<Page<T>>, visit: (item: T) => Promise<void>) => {
    if (position.phase !== phase) return;
    for (;;) {
      const page = await list(position.cursor ?? undefined);
      await Promise.all(page.items.map(visit));
      position = page.nextCursor ? { phase, cursor: page.nextCursor } : { phase: phase === 'interactions' ? 'tiers' : 'done', cursor: null };
      await Promise.all(targets.map((t) => saveErasureJournal(deps, t.tierId, { ...t.journal, ...position })));
      if (!page.nextCursor) return;
    }
  };
  await step(
    'interactions',
    (cursor) => deps.interactions.list(PAGE, cursor),
    async (stored) => {
      if (await interactionMentions(deps, stored, scan, at)) counts.interactions += 1;
    },
  );
  await step(
    'tiers',
    (cursor) => deps.tiers.listIds(PAGE, cursor),
    async (id) => {
      // The erased tiers' own records were rewritten with everything that identifies them, before.
      if (erasedIds.has(id)) return;
      const found = await tierMentions(deps, id, scan, at);
      counts.profiles += found.profiles;
      counts.tasks += found.tasks;
      counts.changeRequests += found.changeRequests;
      counts.auditRecords += found.auditRecords;
    },
  );
  return { counts, named: scan.named };
};
