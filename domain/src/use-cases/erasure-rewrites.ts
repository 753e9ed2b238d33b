import { identityOf, redactDeep, redactText, textsOfDeep, type Identity } from '../gdpr/redact-identity';
import type { ChangeRequest } from '../model/change-request.schema';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Tier } from '../model/tier.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import type { InteractionOutbox } from '../ports/interaction-store.port';
import { FEW_WRITE_ATTEMPTS, retryStaleWrite } from '../scoring/stale-write';

/** Rewrites a record under its ETag, reading it again when someone wrote in between; false when it is gone. */
export const rewrite = <S>(read: () => Promise<S | undefined>, write: (current: S) => Promise<unknown>): Promise<boolean> =>
  retryStaleWrite(async () => {
    const current = await read();
    if (current === undefined) return false;
    await write(current);
    return true;
  }, FEW_WRITE_ATTEMPTS);

/** Everything that identifies the tier in records that name it: each name word, e-mails, phones. */
export const identityOfTier = (tier: Tier): Identity =>
  tier.kind === 'person'
    ? identityOf({ personNames: [tier.firstName, tier.lastName], emails: tier.emails ?? [], phones: (tier.phones ?? []).map((p) => p.number) })
    : identityOf({ organisationNames: tier.names.map((n) => n.value), phones: (tier.phones ?? []).map((p) => p.number) });

const CIVILITIES = ['m', 'mr', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'mrs', 'ms', 'miss', 'dr'];

/**
 * What names a person in records that do not reference them: their full name (either order, or
 * a civility and the last name), e-mails and phones. A first name alone is not them: another
 * Jeanne's notes stay as they are; nor is a last name alone (a first name without a word in it
 * leaves only the last name: that phrase is dropped).
 */
export const mentionIdentityOf = (tier: Tier): Identity | undefined => {
  if (tier.kind !== 'person') return undefined;
  const phrases = [`${tier.firstName} ${tier.lastName}`, `${tier.lastName} ${tier.firstName}`, ...CIVILITIES.map((c) => `${c} ${tier.lastName}`)];
  const identity = identityOf({ organisationNames: phrases, emails: tier.emails ?? [], phones: (tier.phones ?? []).map((p) => p.number) });
  return { ...identity, namePhrases: identity.namePhrases.filter((words) => words.length >= 2) };
};

/**
 * What names a person in a saved segment: a segment looks for tiers, so a rule on their last name
 * alone ("name contains Dupont") is looking for them, as is their full name, e-mail or phone.
 */
export const segmentIdentityOf = (tier: Tier): Identity | undefined => {
  const mentions = mentionIdentityOf(tier);
  if (!mentions || tier.kind !== 'person') return undefined;
  return { ...mentions, namePhrases: [...mentions.namePhrases, ...identityOf({ organisationNames: [tier.lastName] }).namePhrases] };
};

export const redactNullable = (text: string | null, identity: Identity): string | null => (text === null ? null : redactText(text, identity));

/** The interaction's free texts without the mentions: subject, purpose, summary, outcome and place. */
export const redactInteractionTexts = (interaction: Interaction, identity: Identity): Interaction => ({
  ...interaction,
  subject: redactNullable(interaction.subject, identity),
  purpose: redactNullable(interaction.purpose, identity),
  summary: redactNullable(interaction.summary, identity),
  outcome: redactNullable(interaction.outcome, identity),
  location: redactNullable(interaction.location, identity),
});

/** The texts each rewrite below reads, field by field: what a record is posted under (see mention-postings.ts). */
export const interactionTexts = (interaction: Interaction, outbox: InteractionOutbox): (string | null)[] => [
  interaction.subject,
  interaction.purpose,
  interaction.summary,
  interaction.outcome,
  interaction.location,
  ...outbox.tasks.flatMap((t) => taskTexts(t)),
  ...outbox.changeRequests.flatMap((c) => changeRequestTexts(c)),
];
export const taskTexts = (task: Task): string[] => [task.title];
export const changeRequestTexts = (request: ChangeRequest): (string | null)[] => [
  request.reason,
  request.comment,
  ...request.changes.flatMap((c) => [...textsOfDeep(c.from), ...textsOfDeep(c.to)]),
];
/** A person's assistant: the one field of a profile that may name someone else. */
export const profileTexts = (tier: Tier): string[] => (tier.kind === 'person' && tier.assistant ? [tier.assistant] : []);
export const auditTexts = (record: AuditRecord): string[] => textsOfDeep(record.details);

/** The task's title without the mentions; the tier out of its list when it is the erased one. */
export const redactTask = (task: Task, tierId: string | undefined, identity: Identity): Task => ({
  ...task,
  title: redactText(task.title, identity),
  tierIds: task.tierIds.filter((id) => id !== tierId),
});

export const redactChangeRequest = (request: ChangeRequest, identity: Identity): ChangeRequest => ({
  ...request,
  reason: redactNullable(request.reason, identity),
  comment: redactNullable(request.comment, identity),
  changes: request.changes.map((c) => ({ ...c, ...(c.from === undefined ? {} : { from: redactDeep(c.from, identity) }), to: redactDeep(c.to, identity) })),
});

/** What an interaction's outbox holds without the mentions: its tasks' titles, its change requests. */
export const redactOutbox = (outbox: InteractionOutbox, identity: Identity): InteractionOutbox => ({
  tasks: outbox.tasks.map((t) => redactTask(t, undefined, identity)),
  changeRequests: outbox.changeRequests.map((c) => redactChangeRequest(c, identity)),
});

/** Whether a rewrite changed anything: an unchanged record is not written again. */
export const differs = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);
