import { DomainError, notFound } from '../errors/domain-error';
import { hasRole, type Caller } from '../model/caller';
import type { ChangeRequest } from '../model/change-request.schema';
import type { FactVersion } from '../model/fact';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Person } from '../model/tier.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import type { RelationEdge } from '../ports/tier-store.port';
import { mentionLookupTokens } from '../gdpr/mention-tokens';
import { differs, mentionIdentityOf, redactInteractionTexts } from './erasure-rewrites';
import { allMentionCandidates } from './mention-lookup';

/** Everything Relais holds about a person (RGPD art. 15), as one JSON document. */
export type PersonExport = {
  exportedAt: string;
  exportedBy: string;
  person: Person;
  /** Every version of every dated fact, current and past. */
  facts: FactVersion[];
  consents: NonNullable<Person['consents']>;
  relations: RelationEdge[];
  /** The interactions naming the person, with their notes (subject, purpose, summary, outcome). */
  interactions: Interaction[];
  /**
   * Interactions the person takes no part in whose notes name them (full name, civility and
   * surname, e-mail or phone): what an erasure would rewrite.
   */
  mentionedIn: Interaction[];
  tasks: Task[];
  changeRequests: ChangeRequest[];
  audit: AuditRecord[];
};

const PAGE = 200;

type PageReader<T> = (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>;

const allPages = async <T>(read: PageReader<T>): Promise<T[]> => {
  const items: T[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  }
  return items;
};

/**
 * The notes naming the person outside the interactions they are part of: the interactions posted
 * under the person's tokens, each read and checked with the erasure's rules (a stale posting, or
 * another Jeanne, is not them).
 */
const interactionsNaming = async (deps: Deps, person: Person): Promise<Interaction[]> => {
  const identity = mentionIdentityOf(person);
  if (!identity) return [];
  const candidates = await allMentionCandidates(deps.index, mentionLookupTokens(identity), 'interactions');
  const read = await Promise.all(candidates.map(({ ref }) => (ref.kind === 'interaction' ? deps.interactions.get(ref.id) : undefined)));
  return read.flatMap((stored) => {
    if (!stored) return [];
    const takesPart = stored.value.participants.some((p) => p.tierId === person.id);
    return !takesPart && differs(redactInteractionTexts(stored.value, identity), stored.value) ? [stored.value] : [];
  });
};

export const mayHandleGdprRequests = (caller: Caller): boolean => hasRole(caller, 'steward', 'admin');

export const gdprForbidden = () =>
  new DomainError('PERSON.FORBIDDEN', 'forbidden', "Only data stewards and admins handle a person's GDPR requests.");

/**
 * The right of access, answered by a data steward or an admin: the profile, the facts and their
 * history, consents, relations, the interactions naming the person (as a participant, or in the
 * notes of others: found through the postings), tasks, change requests and the audit trail. Who exported it, and when, is itself recorded in the audit log.
 */
export const exportPerson = async (deps: Deps, caller: Caller, personId: string): Promise<PersonExport> => {
  if (!mayHandleGdprRequests(caller)) throw gdprForbidden();
  const partition = await deps.tiers.partition(personId);
  const person = partition?.tier.value;
  if (!partition || person?.kind !== 'person') throw notFound('person', personId);
  if (person.status === 'erased') throw new DomainError('TIER.ERASED', 'gone', `Person ${personId} was erased.`);
  const [entries, audit, mentionedIn] = await Promise.all([
    allPages((cursor) => deps.tiers.timeline(personId, { limit: PAGE, ...(cursor ? { cursor } : {}) })),
    deps.audit ? allPages((cursor) => deps.audit!.query({ tierId: personId, limit: PAGE, ...(cursor ? { cursor } : {}) })) : Promise.resolve([]),
    interactionsNaming(deps, person),
  ]);
  const [interactions, tasks] = await Promise.all([
    Promise.all(entries.map((e) => deps.interactions.get(e.interactionId))),
    Promise.all(partition.tasks.map(async (copy) => (await deps.tasks.get(copy.id))?.value ?? copy)),
  ]);
  const exportedAt = deps.clock.now();
  const document: PersonExport = {
    exportedAt,
    exportedBy: caller.userId,
    person,
    facts: partition.facts,
    consents: person.consents ?? [],
    relations: partition.relations,
    interactions: interactions.flatMap((i) => (i ? [i.value] : [])),
    mentionedIn,
    tasks,
    changeRequests: partition.changeRequests.map((c) => c.value),
    audit,
  };
  await deps.audit?.append({
    id: deps.ids.newId(),
    at: exportedAt,
    actorId: caller.userId,
    action: 'person.exported',
    targetType: 'tier',
    targetId: personId,
    details: { interactions: document.interactions.length, mentionedIn: mentionedIn.length, tasks: tasks.length, changeRequests: document.changeRequests.length, auditRecords: audit.length },
  });
  return document;
};
