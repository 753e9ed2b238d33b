import { identityOf, redactDeep, redactText, type Identity } from '../gdpr/redact-identity';
import type { ChangeRequest } from '../model/change-request.schema';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Tier } from '../model/tier.schema';
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
 * Jeanne's notes stay as they are.
 */
export const mentionIdentityOf = (tier: Tier): Identity | undefined => {
  if (tier.kind !== 'person') return undefined;
  const phrases = [`${tier.firstName} ${tier.lastName}`, `${tier.lastName} ${tier.firstName}`, ...CIVILITIES.map((c) => `${c} ${tier.lastName}`)];
  return identityOf({ organisationNames: phrases, emails: tier.emails ?? [], phones: (tier.phones ?? []).map((p) => p.number) });
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

/** Whether a rewrite changed anything: an unchanged record is not written again. */
export const differs = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);
