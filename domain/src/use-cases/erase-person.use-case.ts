import { notFound } from '../errors/domain-error';
import { ERASED, redactDeep, type Identity } from '../gdpr/redact-identity';
import type { Caller } from '../model/caller';
import type { ChangeRequest } from '../model/change-request.schema';
import { toTimelineEntry, type Interaction, type TimelineEntry } from '../model/interaction.schema';
import type { Tier, TierKind } from '../model/tier.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import type { InteractionOutbox } from '../ports/interaction-store.port';
import type { TierPartition } from '../ports/tier-store.port';
import { eraseMentions, type MentionTarget } from './erase-mentions';
import { erasureJournalOf, saveErasureJournal, type ErasureJournal, type ErasureReason } from './erasure-journal';
import { identityOfTier, mentionIdentityOf, redactChangeRequest, redactNullable, redactTask, rewrite, segmentIdentityOf } from './erasure-rewrites';
import {
  auditRef,
  auditTokens,
  changeRequestRef,
  changeRequestTokens,
  interactionRef,
  interactionTokens,
  profileRef,
  profileTokens,
  taskRef,
  taskTokens,
  unpostMentions,
  unpostRemoved,
} from './mention-postings';
import { gdprForbidden, mayHandleGdprRequests } from './export-person.use-case';
import { refreshTierInsight } from './scores.use-case';
import { tierIndexEntries } from './tier-index-entries';

export type { ErasureReason } from './erasure-journal';

/** What an erasure touched, in counts only: the report must not say again what was erased. */
export type ErasureReport = {
  tierId: string;
  kind: TierKind;
  erasedAt: string;
  alreadyErased: boolean;
  interactions: number;
  tasks: number;
  relations: number;
  changeRequests: number;
  indexEntries: number;
  auditRecords: number;
  /** Records that named the person without referencing them (notes on other tiers, tasks, change requests, an assistant, audit), rewritten by this run. */
  mentions: number;
};

const PAGE = 200;

/**
 * An interaction without the erased tier: gone from its participants, its mentions erased from the
 * texts. When the tier was its only participant, the texts were about them only: they go entirely
 * (the date, medium and performer stay, for activity reports).
 */
const redactInteraction = (interaction: Interaction, outbox: InteractionOutbox, tierId: string, identity: Identity, at: string) => {
  const participants = interaction.participants.filter((p) => p.tierId !== tierId);
  const text = (value: string | null) => (participants.length === 0 ? null : redactNullable(value, identity));
  const dropped = new Set(outbox.changeRequests.filter((c) => c.tierId === tierId).map((c) => c.id));
  const next: Interaction = {
    ...interaction,
    participants,
    subject: text(interaction.subject),
    purpose: text(interaction.purpose),
    summary: text(interaction.summary),
    outcome: text(interaction.outcome),
    location: text(interaction.location),
    changeRequestIds: interaction.changeRequestIds.filter((id) => !dropped.has(id)),
    updatedAt: at,
  };
  const nextOutbox: InteractionOutbox = {
    tasks: outbox.tasks.map((t) => redactTask(t, tierId, identity)),
    changeRequests: outbox.changeRequests.filter((c) => !dropped.has(c.id)).map((c) => redactChangeRequest(c, identity)),
  };
  return { next, nextOutbox };
};

const timelineOf = async (deps: Deps, tierId: string): Promise<TimelineEntry[]> => {
  const entries: TimelineEntry[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await deps.tiers.timeline(tierId, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  }
  return entries;
};

/**
 * Every interaction naming the tier, rewritten, and what it spread elsewhere: timelines, tasks, and
 * the change requests raised in it for other tiers (whose ids are returned: their audit goes too).
 */
const eraseFromInteractions = async (deps: Deps, tierId: string, identity: Identity, at: string) => {
  const entries = await timelineOf(deps, tierId);
  const otherRequests = new Set<string>();
  const results = await Promise.all(
    entries.map((entry) =>
      rewrite(
        () => deps.interactions.get(entry.interactionId),
        async (stored) => {
          const { next, nextOutbox } = redactInteraction(stored.value, stored.outbox, tierId, identity, at);
          await deps.interactions.replace(next, nextOutbox, stored.etag);
          const timeline = toTimelineEntry(next);
          nextOutbox.changeRequests.forEach((c) => otherRequests.add(c.id));
          await Promise.all([
            unpostRemoved(deps.index, interactionRef(next.id), interactionTokens(stored.value, stored.outbox), interactionTokens(next, nextOutbox)),
            ...next.participants.map((p) => deps.tiers.putTimeline(p.tierId, timeline)),
            ...nextOutbox.changeRequests.map(async (c) => {
              let rewritten: ChangeRequest | undefined;
              await rewrite(
                () => deps.tiers.getChangeRequest(c.tierId, c.id),
                async (found) => {
                  rewritten = redactChangeRequest(found.value, identity);
                  await deps.tiers.write(c.tierId, { changeRequests: [{ value: rewritten, ifMatch: found.etag }] });
                  await unpostRemoved(deps.index, changeRequestRef(rewritten), changeRequestTokens(found.value), changeRequestTokens(rewritten));
                },
              );
              // The cards already posted in Teams about it are redrawn in place, without the person.
              if (rewritten) await deps.approvalNotifier?.rewritten(rewritten);
            }),
          ]);
        },
      ),
    ),
  );
  return { interactions: results.filter(Boolean).length, otherRequests: [...otherRequests] };
};

/** Each task naming the tier: its title without the mentions, the tier out of its list, every copy refreshed. */
const eraseFromTasks = async (deps: Deps, partition: TierPartition, identity: Identity, at: string): Promise<number> => {
  const tierId = partition.tier.value.id;
  const results = await Promise.all(
    partition.tasks.map((copy) =>
      rewrite(
        () => deps.tasks.get(copy.id),
        async (found) => {
          const next = { ...redactTask(found.value, tierId, identity), updatedAt: at };
          await deps.tasks.replace(next, found.etag);
          await Promise.all([
            unpostRemoved(deps.index, taskRef(next.id), taskTokens(found.value), taskTokens(next)),
            deps.tasks.putAssigneeCopy(next),
            ...next.tierIds.map((id) => deps.tiers.putTaskCopy(id, next)),
          ]);
        },
      ),
    ),
  );
  return results.filter(Boolean).length;
};

/** The details of the records about the tier, and of those about the other change requests it was named in. */
const eraseFromAudit = async (deps: Deps, tierId: string, identity: Identity, otherRequests: readonly string[]): Promise<number> => {
  const audit = deps.audit;
  if (!audit) return 0;
  const redact = async (record: AuditRecord) => {
    const next = { ...record, details: redactDeep(record.details, identity) };
    await audit.redact(next);
    await unpostRemoved(deps.index, auditRef(record), auditTokens(record), auditTokens(next));
  };
  const others = (await Promise.all(otherRequests.map((id) => audit.byTarget('change-request', id)))).flat();
  await Promise.all(others.map(redact));
  let count = others.length;
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await audit.query({ tierId, limit: PAGE, ...(cursor ? { cursor } : {}) });
    await Promise.all(page.items.map(redact));
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  }
  return count;
};

/** What stays of an erased tier: that it existed, in which team, and when it went. No name, no contact. */
const tombstoneOf = (tier: Tier, at: string): Tier => {
  const common = { id: tier.id, ownerTeam: tier.ownerTeam, confidentiality: tier.confidentiality, status: 'erased' as const, createdAt: tier.createdAt, createdBy: tier.createdBy, updatedAt: at };
  return tier.kind === 'person'
    ? { kind: 'person', firstName: ERASED, lastName: ERASED, ...common }
    : { kind: 'organisation', names: [{ type: 'legal', value: ERASED }], ...common };
};

const erasedAudit = (tier: Tier, actorId: string, reason: ErasureReason, report: ErasureReport): AuditRecord => ({
  id: `${tier.id}-erased`,
  at: report.erasedAt,
  actorId,
  action: 'tier.erased',
  targetType: 'tier',
  targetId: tier.id,
  details: { reason, kind: tier.kind, interactions: report.interactions, tasks: report.tasks, relations: report.relations, changeRequests: report.changeRequests, mentions: report.mentions },
});

/** An erasure whose own records are done, waiting for the lookup of mentions and the tombstone. */
type ErasureInProgress = {
  actorId: string;
  reason: ErasureReason;
  tier: Tier;
  partition: TierPartition;
  at: string;
  journal: ErasureJournal;
  /** What names a person in records that do not reference them, for the lookup of mentions; none for an organisation. */
  mention: MentionTarget | undefined;
  report: Omit<ErasureReport, 'mentions'>;
};

/**
 * The first part of an erasure: journaled first, then everything that references the tier goes,
 * found from what its partition still holds: index entries, the relation edges in the other tiers,
 * the interactions naming it (participants and texts), their timelines, tasks, change requests and
 * the audit details about it. An erased tier answers its report at once.
 */
const beginErasure = async (deps: Deps, actorId: string, tierId: string, reason: ErasureReason): Promise<ErasureInProgress | ErasureReport> => {
  const partition = await deps.tiers.partition(tierId);
  if (!partition) throw notFound('tier', tierId);
  const tier = partition.tier.value;
  const at = deps.clock.now();
  const empty = { tierId, kind: tier.kind, erasedAt: at, interactions: 0, tasks: 0, relations: 0, changeRequests: 0, indexEntries: 0, auditRecords: 0, mentions: 0 };
  if (tier.status === 'erased') return { ...empty, erasedAt: tier.updatedAt, alreadyErased: true };
  // Journaled first: an erasure that stops half-way is found (by the repair) and resumed.
  const started = erasureJournalOf(partition);
  const journal: ErasureJournal = started ?? { by: actorId, reason, startedAt: at, phase: 'interactions', cursor: null };
  if (!started) await saveErasureJournal(deps, tierId, journal);
  const identity = identityOfTier(tier);
  const indexEntries = tierIndexEntries({ ...tier, status: 'active' });
  const requests = partition.changeRequests.map((c) => c.value);
  const [{ interactions, otherRequests }, tasks] = await Promise.all([
    eraseFromInteractions(deps, tierId, identity, at),
    eraseFromTasks(deps, partition, identity, at),
  ]);
  await Promise.all([
    ...indexEntries.map((e) => deps.index.remove(e.name, e.key, tierId)),
    ...partition.relations.flatMap((edge) => [
      deps.tiers.removeRelation(edge.fromId === tierId ? edge.toId : edge.fromId, edge.id),
      deps.index.remove('relation', edge.id, edge.fromId),
    ]),
    ...requests.flatMap((r) => [
      deps.index.remove('change-request', r.id, tierId),
      deps.index.remove('cr-status', r.status, r.id),
      // The partition goes with its change requests and profile: so do their postings.
      unpostMentions(deps.index, changeRequestRef(r), changeRequestTokens(r)),
    ]),
    unpostMentions(deps.index, profileRef(tierId), profileTokens(tier)),
    // Suggested logs naming the person's addresses go too, whichever rep they were offered to.
    tier.kind === 'person' ? deps.capture?.suggestions.eraseByEmails(tier.emails ?? []) : undefined,
  ]);
  const auditRecords = await eraseFromAudit(deps, tierId, identity, otherRequests);
  const { mentions: _, ...counts } = empty;
  const mentionIdentity = mentionIdentityOf(tier);
  const segmentIdentity = segmentIdentityOf(tier);
  return {
    actorId,
    reason,
    tier,
    partition,
    at,
    journal,
    mention: mentionIdentity && segmentIdentity && { tierId, identity: mentionIdentity, segmentIdentity, journal },
    report: { ...counts, alreadyErased: false, interactions, tasks, relations: partition.relations.length, changeRequests: requests.length, indexEntries: indexEntries.length, auditRecords },
  };
};

/**
 * The last part, once the lookup of mentions is done: the cards posted in Teams about the tier's own
 * requests redrawn, then its partition replaced by a tombstone, its summary gone and its relations'
 * re-read, and the erasure audited.
 */
const finishErasure = async (deps: Deps, erasure: ErasureInProgress, mentions: number): Promise<ErasureReport> => {
  const { tier, partition, at } = erasure;
  await Promise.all(partition.changeRequests.map((c) => deps.approvalNotifier?.erased(c.value.id)));
  await deps.tiers.erase(tier.id, tombstoneOf(tier, at));
  // Scores and segments read summaries, not partitions: the erased tier's goes, its relations' are re-read.
  await Promise.all([
    deps.insight?.summaries.remove(tier.id),
    ...partition.relations.map((edge) => refreshTierInsight(deps, edge.fromId === tier.id ? edge.toId : edge.fromId)),
  ]);
  const report: ErasureReport = { ...erasure.report, mentions };
  await deps.audit?.append(erasedAudit(tier, erasure.actorId, erasure.reason, report));
  return report;
};

/** A tier a batch job could not handle, and why, in the error's own words (ids only, never names). */
export type TierFailure = { tierId: string; error: string };

export const tierFailure = (tierId: string, error: unknown): TierFailure => ({ tierId, error: error instanceof Error ? error.message : String(error) });

const isDone = (erasure: ErasureInProgress | ErasureProgress | ErasureReport): erasure is ErasureReport => 'alreadyErased' in erasure;

/** An erasure stopped after its allowed steps: where its lookup of mentions stands (see `eraseTierStep`). */
export type ErasureProgress = { tierId: string; phase: ErasureJournal['phase']; mentions: number };

/** The lookup of one tier's mentions, from where its journal says (at most `steps` steps), then its tombstone. */
const stepAlone = async (deps: Deps, erasure: ErasureInProgress, steps: number): Promise<ErasureReport | ErasureProgress> => {
  if (!erasure.mention) return finishErasure(deps, erasure, 0);
  const found = await eraseMentions(deps, [erasure.mention], erasure.at, { steps });
  const mentions = found.named[0] ?? 0;
  return found.phase === 'done' ? finishErasure(deps, erasure, mentions) : { tierId: erasure.tier.id, phase: found.phase, mentions };
};

/** With no bound on its steps, the lookup always ends: the erasure is done. */
const finishAlone = async (deps: Deps, erasure: ErasureInProgress): Promise<ErasureReport> => {
  const result = await stepAlone(deps, erasure, Infinity);
  if (!isDone(result)) throw new Error(`The erasure of ${result.tierId} stopped at ${result.phase}.`);
  return result;
};

/**
 * Erases a tier everywhere it is written (see `beginErasure`), then the records naming a person
 * without referencing them (found through the postings, resumable from the tier's journal), then its
 * partition, of which only a tombstone stays. Everything outside the partition goes first, so a run
 * that stopped half-way is completed by running it again.
 */
export const eraseTier = async (deps: Deps, actorId: string, tierId: string, reason: ErasureReason): Promise<ErasureReport> => {
  const erasure = await beginErasure(deps, actorId, tierId, reason);
  return isDone(erasure) ? erasure : finishAlone(deps, erasure);
};

/**
 * The same erasure in bounded calls, for a job that works in chunks: each call redoes the tier's own
 * records (idempotent, bounded by what the tier holds), then at most `steps` steps of the lookup of
 * mentions (each bounded by the person's mentions), and answers the report once everything is done,
 * or where it stands. Call again until it answers a report.
 */
export const eraseTierStep = async (deps: Deps, actorId: string, tierId: string, reason: ErasureReason, steps: number): Promise<ErasureReport | ErasureProgress> => {
  const erasure = await beginErasure(deps, actorId, tierId, reason);
  return isDone(erasure) ? erasure : stepAlone(deps, erasure, steps);
};

/**
 * Several tiers erased with one lookup of mentions instead of one each (the retention job's batch):
 * each tier's own records first, then the shared lookup, then each tombstone. A tier whose erasure
 * was already under way (its lookup elsewhere than at the start) is finished on its own. A tier that
 * fails is reported and left journaled for `npm run repair`; the others go on.
 */
export const eraseTiers = async (
  deps: Deps,
  actorId: string,
  tierIds: readonly string[],
  reason: ErasureReason,
): Promise<{ reports: ErasureReport[]; failures: TierFailure[] }> => {
  const reports: ErasureReport[] = [];
  const failures: TierFailure[] = [];
  const attempt = async (tierId: string, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      failures.push(tierFailure(tierId, error));
    }
  };
  const batch: ErasureInProgress[] = [];
  for (const tierId of tierIds)
    await attempt(tierId, async () => {
      const erasure = await beginErasure(deps, actorId, tierId, reason);
      if (isDone(erasure)) reports.push(erasure);
      else if (erasure.journal.phase === 'interactions' && erasure.journal.cursor === null && !erasure.journal.counted) batch.push(erasure);
      else reports.push(await finishAlone(deps, erasure));
    });
  const lookingUp = batch.flatMap((e) => (e.mention ? [e.mention] : []));
  let named: number[] = [];
  try {
    if (lookingUp.length > 0) named = (await eraseMentions(deps, lookingUp, deps.clock.now())).named;
  } catch (error) {
    // Every tier of the batch stays journaled where the lookup stopped: the repair finishes each.
    failures.push(...batch.map((e) => tierFailure(e.tier.id, error)));
    return { reports, failures };
  }
  for (const erasure of batch) {
    const index = lookingUp.findIndex((t) => t.tierId === erasure.tier.id);
    await attempt(erasure.tier.id, async () => {
      reports.push(await finishErasure(deps, erasure, index < 0 ? 0 : (named[index] ?? 0)));
    });
  }
  return { reports, failures };
};

/** Only a data steward or an admin erases, and only a person. */
const checkErasure = async (deps: Deps, caller: Caller, personId: string): Promise<void> => {
  if (!mayHandleGdprRequests(caller)) throw gdprForbidden();
  const found = await deps.tiers.get(personId);
  if (!found || found.value.kind !== 'person') throw notFound('person', personId);
};

/** The person's right to erasure (RGPD art. 17), exercised by a data steward or an admin. */
export const erasePerson = async (deps: Deps, caller: Caller, personId: string): Promise<ErasureReport> => {
  await checkErasure(deps, caller, personId);
  return eraseTier(deps, caller.userId, personId, 'request');
};

/** The same right exercised in bounded calls (the erasure job's chunks): see `eraseTierStep`. */
export const erasePersonStep = async (deps: Deps, caller: Caller, personId: string, steps: number): Promise<ErasureReport | ErasureProgress> => {
  await checkErasure(deps, caller, personId);
  return eraseTierStep(deps, caller.userId, personId, 'request', steps);
};
