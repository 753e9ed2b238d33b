import { mentionLookupTokens } from '../gdpr/mention-tokens';
import { redactDeep, redactText, unionOf, type Identity } from '../gdpr/redact-identity';
import { toTimelineEntry, type Interaction } from '../model/interaction.schema';
import type { Deps } from '../ports/deps';
import type { InteractionOutbox } from '../ports/interaction-store.port';
import type { Versioned } from '../ports/tier-store.port';
import { redactSegment } from '../segments/redact-segment';
import { saveErasureJournal, type ErasureJournal } from './erasure-journal';
import {
  differs,
  redactChangeRequest,
  redactInteractionTexts,
  redactOutbox,
  redactTask,
  rewrite,
} from './erasure-rewrites';
import { nextMentionWindow, type Candidate, type MentionPhase } from './mention-lookup';
import {
  auditTokens,
  changeRequestTokens,
  interactionTokens,
  profileTokens,
  taskTokens,
  unpostRemoved,
} from './mention-postings';

export type MentionCounts = {
  interactions: number;
  profiles: number;
  tasks: number;
  changeRequests: number;
  auditRecords: number;
  segments: number;
};

/**
 * What one erasure of mentions looks for: the mentions of every tier it erases at once (`identity`,
 * their union; `each`, one by one), and the tiers being erased, whose own records go apart.
 */
type Lookup = { identity: Identity; each: readonly Identity[]; erasedIds: ReadonlySet<string>; at: string };

/** How to read, post, rewrite and write back one kind of record that may name someone. */
type Kind<T> = {
  count: keyof MentionCounts;
  read: () => Promise<Versioned<T> | undefined>;
  tokens: (value: T) => string[];
  redact: (value: T, identity: Identity) => T;
  write: (next: T, etag: string) => Promise<void>;
};

/**
 * A candidate as read: its key, which erased tiers it names (none: it names nobody, or is gone), and
 * how to settle it once counted.
 */
type Looked = { key: string; count: keyof MentionCounts; names: boolean[]; settle: () => Promise<void> };

/**
 * Reads a candidate and judges it. Settling it rewrites it when it names someone erased (under its
 * ETag, reading it again when someone wrote in between), then takes its postings off the tokens it
 * no longer holds: those the rewrite removed, and the looked-up ones it was found under but does not
 * say (or that point at a record now gone). After an erasure no posting of a looked-up token points
 * at a record that does not say it.
 */
const lookWith = async <T>(
  deps: Deps,
  { key, ref, via }: Candidate,
  kind: Kind<T>,
  lookup: Lookup,
): Promise<Looked> => {
  const found = await kind.read();
  const before = found ? kind.tokens(found.value) : [];
  const names = (value: T) =>
    lookup.each.length === 1 ? [true] : lookup.each.map((one) => differs(kind.redact(value, one), value));
  const settle = async () => {
    let after: string[] = [];
    if (found) {
      after = before;
      let first = true;
      await rewrite(
        async () => (first ? ((first = false), found) : kind.read()),
        async (stored) => {
          const next = kind.redact(stored.value, lookup.identity);
          after = kind.tokens(stored.value);
          if (!differs(next, stored.value)) return;
          await kind.write(next, stored.etag);
          after = kind.tokens(next);
        },
      );
    }
    await unpostRemoved(deps.index, ref, [...before, ...via], after);
  };
  const named = found !== undefined && differs(kind.redact(found.value, lookup.identity), found.value);
  return { key, count: kind.count, names: named ? names(found.value) : [], settle };
};

type InteractionRecord = { interaction: Interaction; outbox: InteractionOutbox };

/** The kinds of record a posting points at; the erased tiers' own profile and change requests go with their partition. */
const look = (deps: Deps, candidate: Candidate, lookup: Lookup): Promise<Looked> | undefined => {
  const { at } = lookup;
  const { ref } = candidate;
  switch (ref.kind) {
    case 'interaction':
      // Its notes and its outbox; the copies of it in its participants' timelines are rewritten with it.
      return lookWith<InteractionRecord>(
        deps,
        candidate,
        {
          count: 'interactions',
          read: async () => {
            const stored = await deps.interactions.get(ref.id);
            return (
              stored && { value: { interaction: stored.value, outbox: stored.outbox }, etag: stored.etag }
            );
          },
          tokens: (r) => interactionTokens(r.interaction, r.outbox),
          redact: (r, identity) => ({
            interaction: redactInteractionTexts(r.interaction, identity),
            outbox: redactOutbox(r.outbox, identity),
          }),
          write: async ({ interaction, outbox }, etag) => {
            const next = { ...interaction, updatedAt: at };
            await deps.interactions.replace(next, outbox, etag);
            await Promise.all(
              next.participants.map((p) => deps.tiers.putTimeline(p.tierId, toTimelineEntry(next))),
            );
          },
        },
        lookup,
      );
    case 'task':
      // Its assignee's copy and each of its tiers' copies follow it.
      return lookWith(
        deps,
        candidate,
        {
          count: 'tasks',
          read: () => deps.tasks.get(ref.id),
          tokens: taskTokens,
          redact: (task, identity) => redactTask(task, undefined, identity),
          write: async (task, etag) => {
            const next = { ...task, updatedAt: at };
            await deps.tasks.replace(next, etag);
            await Promise.all([
              deps.tasks.putAssigneeCopy(next),
              ...next.tierIds
                .filter((t) => !lookup.erasedIds.has(t))
                .map((t) => deps.tiers.putTaskCopy(t, next)),
            ]);
          },
        },
        lookup,
      );
    case 'change-request':
      // Its cards already posted in Teams are redrawn as it now reads.
      return lookup.erasedIds.has(ref.tierId)
        ? undefined
        : lookWith(
            deps,
            candidate,
            {
              count: 'changeRequests',
              read: () => deps.tiers.getChangeRequest(ref.tierId, ref.id),
              tokens: changeRequestTokens,
              redact: redactChangeRequest,
              write: async (request, etag) => {
                await deps.tiers.write(ref.tierId, { changeRequests: [{ value: request, ifMatch: etag }] });
                await deps.approvalNotifier?.rewritten(request);
              },
            },
            lookup,
          );
    case 'profile':
      // Another person's assistant.
      return lookup.erasedIds.has(ref.tierId)
        ? undefined
        : lookWith(
            deps,
            candidate,
            {
              count: 'profiles',
              read: () => deps.tiers.get(ref.tierId),
              tokens: profileTokens,
              redact: (tier, identity) =>
                tier.kind === 'person' && tier.assistant
                  ? { ...tier, assistant: redactText(tier.assistant, identity) }
                  : tier,
              write: async (tier, etag) => {
                await deps.tiers.write(ref.tierId, {
                  tier: { value: { ...tier, updatedAt: at }, ifMatch: etag },
                });
              },
            },
            lookup,
          );
    case 'audit':
      // Every copy of the record (by target, tier and actor) is rewritten with it.
      return deps.audit
        ? lookWith(
            deps,
            candidate,
            {
              count: 'auditRecords',
              read: async () => {
                const record = await deps.audit!.get(ref.targetType, ref.targetId, ref.id);
                return record && { value: record, etag: '' };
              },
              tokens: auditTokens,
              redact: (record, identity) => ({ ...record, details: redactDeep(record.details, identity) }),
              write: (record) => deps.audit!.redact(record),
            },
            lookup,
          )
        : undefined;
  }
};

/** Where the segments stand among the keys the journal counts through: after every posting key. */
const SEGMENTS_KEY = 'u~segments';

/**
 * Saved segments naming an erased person (name, description, rules): the mentions become `[…]`.
 * `counted` records, before anything is rewritten, that they were counted (once: a resumed erasure
 * rewrites what is left without counting again).
 */
const segmentMentions = async (
  deps: Deps,
  targets: readonly MentionTarget[],
  lookup: Lookup,
  counted: ((names: boolean[][]) => Promise<void>) | undefined,
): Promise<number> => {
  const store = deps.insight?.segments;
  if (!store) return 0;
  const each = targets.map((t) => t.segmentIdentity);
  const identity = unionOf(each);
  const named = (await store.list()).filter((segment) => differs(redactSegment(segment, identity), segment));
  await counted?.(
    named.map((segment) =>
      each.map((one) => each.length === 1 || differs(redactSegment(segment, one), segment)),
    ),
  );
  await Promise.all(
    named.map((segment) =>
      rewrite(
        () => store.get(segment.id),
        async (found) => {
          const next = redactSegment(found.value, identity);
          if (differs(next, found.value)) await store.replace({ ...next, updatedAt: lookup.at }, found.etag);
        },
      ),
    ),
  );
  return counted ? named.length : 0;
};

/** A tier whose mentions an erasure removes: its id, what names it in records and in segments, and its erasure's journal. */
export type MentionTarget = {
  tierId: string;
  identity: Identity;
  segmentIdentity: Identity;
  journal: ErasureJournal;
};

const NEXT_PHASE: Record<MentionPhase, ErasureJournal['phase']> = { interactions: 'tiers', tiers: 'done' };

/**
 * Erases the records that name the erased people without referencing them (a note on another
 * organisation, "spoke with Jeanne Dupont, jeanne.dupont@x.fr"), found through the postings kept at
 * write time: the people's name pairs, e-mails and phones are looked up, each candidate read and
 * checked against the mention rules (a stale posting finds a record that no longer names anyone:
 * it is left as it is), and rewritten when it names them. Interactions first, then tasks, change
 * requests, assistants and audit records, then saved segments. Each step reads one page of postings
 * per token and the records they point at: its cost follows the people's mentions, never the size
 * of the base. Several people erased together share one lookup (the retention job's batch), from
 * the first one's journal. Each step is journaled twice in every erased tier's journal: once its
 * candidates are counted (how many named each tier, and through which key), once they are
 * rewritten (where the lookup goes on), so an interrupted erasure resumes where it stood, alone or
 * not, and counts every record once; every rewrite is idempotent. `steps` bounds the steps of this
 * call (a job's chunk); the phase answered is `done` when nothing is left.
 */
export const eraseMentions = async (
  deps: Deps,
  targets: readonly MentionTarget[],
  at: string,
  options: { steps?: number } = {},
): Promise<{ counts: MentionCounts; named: number[]; phase: ErasureJournal['phase'] }> => {
  const counts: MentionCounts = {
    interactions: 0,
    profiles: 0,
    tasks: 0,
    changeRequests: 0,
    auditRecords: 0,
    segments: 0,
  };
  const each = targets.map((t) => t.identity);
  const lookup: Lookup = { identity: unionOf(each), each, erasedIds: new Set(targets.map((t) => t.tierId)), at };
  const tokens = [...new Set(each.flatMap(mentionLookupTokens))];
  const first = targets[0]?.journal;
  const named = targets.map((t) => t.journal.mentions ?? 0);
  let position: Pick<ErasureJournal, 'phase' | 'cursor' | 'counted'> = {
    phase: first?.phase ?? 'done',
    cursor: first?.cursor ?? null,
    counted: first?.counted ?? '',
  };
  const save = () =>
    Promise.all(
      targets.map((t, i) =>
        saveErasureJournal(deps, t.tierId, { ...t.journal, ...position, mentions: named[i] }),
      ),
    );
  const count = (names: readonly boolean[]) => names.forEach((n, i) => n && (named[i]! += 1));
  for (let step = 0; position.phase !== 'done' && step < (options.steps ?? Infinity); step += 1) {
    const phase: MentionPhase = position.phase;
    const window = await nextMentionWindow(deps.index, tokens, phase, position.cursor);
    const looked = await Promise.all(window.candidates.flatMap((c) => look(deps, c, lookup) ?? []));
    const fresh = looked.filter((l) => l.names.length > 0 && l.key > (position.counted ?? ''));
    fresh.forEach((l) => {
      count(l.names);
      counts[l.count] += 1;
    });
    if (fresh.length > 0) {
      position = { ...position, counted: fresh[fresh.length - 1]!.key };
      await save();
    }
    await Promise.all(looked.map((l) => l.settle()));
    const countSegments = async (names: boolean[][]) => {
      names.forEach(count);
      position = { ...position, counted: SEGMENTS_KEY };
      await save();
    };
    if (!window.next && phase === 'tiers')
      counts.segments += await segmentMentions(
        deps,
        targets,
        lookup,
        (position.counted ?? '') < SEGMENTS_KEY ? countSegments : undefined,
      );
    position = window.next
      ? { ...position, phase, cursor: window.next }
      : { ...position, phase: NEXT_PHASE[phase], cursor: null };
    await save();
  }
  return { counts, named, phase: position.phase };
};
