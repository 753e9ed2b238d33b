import { tokensOfTexts } from '../gdpr/mention-tokens';
import type { ChangeRequest } from '../model/change-request.schema';
import type { Interaction } from '../model/interaction.schema';
import type { Task } from '../model/task.schema';
import type { Tier } from '../model/tier.schema';
import type { AuditRecord } from '../ports/audit-store.port';
import type { Deps } from '../ports/deps';
import type { IndexStore } from '../ports/index-store.port';
import type { InteractionOutbox } from '../ports/interaction-store.port';
import { auditTexts, changeRequestTexts, interactionTexts, profileTexts, taskTexts } from './erasure-rewrites';

/** A record whose free text may name someone, as a posting points at it. */
export type MentionRef =
  | { kind: 'interaction'; id: string }
  | { kind: 'task'; id: string }
  | { kind: 'change-request'; tierId: string; id: string }
  | { kind: 'profile'; tierId: string }
  | { kind: 'audit'; targetType: string; targetId: string; id: string };

/**
 * References as index targets: `i~<id>` for interactions, `t~<kind>~…` for what is kept with the
 * tiers (tasks, change requests, profiles, audit), so each sorts in a range of its own and an erasure
 * goes through the first, then the second. Parts keep only characters every table key accepts and
 * that sort the same everywhere; anything else is written `!` and four hex digits.
 */
const SEPARATOR = '~';
const escapePart = (part: string): string => part.replace(/[^A-Za-z0-9._@-]/g, (c) => `!${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const unescapePart = (part: string): string => part.replace(/!([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const joined = (...parts: string[]) => parts.map(escapePart).join(SEPARATOR);

export const INTERACTION_REFS = `i${SEPARATOR}`;
export const TIER_REFS = `t${SEPARATOR}`;

export const refKey = (ref: MentionRef): string => {
  switch (ref.kind) {
    case 'interaction':
      return `${INTERACTION_REFS}${joined(ref.id)}`;
    case 'task':
      return `${TIER_REFS}${joined('task', ref.id)}`;
    case 'change-request':
      return `${TIER_REFS}${joined('cr', ref.tierId, ref.id)}`;
    case 'profile':
      return `${TIER_REFS}${joined('profile', ref.tierId)}`;
    case 'audit':
      return `${TIER_REFS}${joined('audit', ref.targetType, ref.targetId, ref.id)}`;
  }
};

/** The reference a key stands for; undefined for a key no writer makes. */
export const refOfKey = (key: string): MentionRef | undefined => {
  const [scope, kind, ...parts] = key.split(SEPARATOR).map(unescapePart);
  if (scope === 'i' && kind !== undefined && parts.length === 0) return { kind: 'interaction', id: kind };
  if (scope !== 't') return undefined;
  const [a, b, c] = parts;
  if (kind === 'task' && parts.length === 1) return { kind: 'task', id: a! };
  if (kind === 'cr' && parts.length === 2) return { kind: 'change-request', tierId: a!, id: b! };
  if (kind === 'profile' && parts.length === 1) return { kind: 'profile', tierId: a! };
  if (kind === 'audit' && parts.length === 3) return { kind: 'audit', targetType: a!, targetId: b!, id: c! };
  return undefined;
};

export const interactionRef = (id: string): MentionRef => ({ kind: 'interaction', id });
export const taskRef = (id: string): MentionRef => ({ kind: 'task', id });
export const changeRequestRef = (request: Pick<ChangeRequest, 'tierId' | 'id'>): MentionRef => ({ kind: 'change-request', tierId: request.tierId, id: request.id });
export const profileRef = (tierId: string): MentionRef => ({ kind: 'profile', tierId });
export const auditRef = (record: Pick<AuditRecord, 'targetType' | 'targetId' | 'id'>): MentionRef => ({
  kind: 'audit',
  targetType: record.targetType,
  targetId: record.targetId,
  id: record.id,
});

export const interactionTokens = (interaction: Interaction, outbox: InteractionOutbox): string[] => tokensOfTexts(interactionTexts(interaction, outbox));
export const taskTokens = (task: Task): string[] => tokensOfTexts(taskTexts(task));
export const changeRequestTokens = (request: ChangeRequest): string[] => tokensOfTexts(changeRequestTexts(request));
export const profileTokens = (tier: Tier): string[] => tokensOfTexts(profileTexts(tier));
export const auditTokens = (record: AuditRecord): string[] => tokensOfTexts(auditTexts(record));

/** Postings written at once for one record: a long note has hundreds. */
const AT_ONCE = 32;

const eachToken = async (tokens: readonly string[], write: (token: string) => Promise<void>): Promise<void> => {
  for (let start = 0; start < tokens.length; start += AT_ONCE) await Promise.all(tokens.slice(start, start + AT_ONCE).map(write));
};

/** Posts a record under its tokens; idempotent, so posting again what is there changes nothing. */
export const postMentions = (index: IndexStore, ref: MentionRef, tokens: readonly string[]): Promise<void> =>
  eachToken(tokens, (token) => index.put('mention', token, refKey(ref)));

export const unpostMentions = (index: IndexStore, ref: MentionRef, tokens: readonly string[]): Promise<void> =>
  eachToken(tokens, (token) => index.remove('mention', token, refKey(ref)));

/** After a rewrite, the postings of the tokens it removed come off (those it holds now were posted by the write). */
export const unpostRemoved = (index: IndexStore, ref: MentionRef, before: readonly string[], after: readonly string[]): Promise<void> => {
  const now = new Set(after);
  return unpostMentions(index, ref, [...new Set(before)].filter((token) => !now.has(token)));
};

/**
 * The stores of `deps`, posting every record carrying free text under its tokens before writing it:
 * an interaction (its notes and its outbox), a task, a change request, a person's assistant, an
 * audit record. Posting first means no record is ever stored without its postings: a crash in
 * between leaves a posting too many, which readers verify against the record and ignore. A rewrite
 * posts what the record says now; the postings of what it no longer says stay until an erasure that
 * looks them up removes them (erase-mentions.ts), and mislead no one meanwhile.
 */
export const withMentionPostings = (deps: Deps): Deps => {
  const { index, interactions, tasks, tiers, audit } = deps;
  const post = (ref: MentionRef, tokens: readonly string[]) => postMentions(index, ref, tokens);
  return {
    ...deps,
    interactions: {
      ...interactions,
      insert: async (interaction, outbox) => {
        await post(interactionRef(interaction.id), interactionTokens(interaction, outbox));
        return interactions.insert(interaction, outbox);
      },
      replace: async (interaction, outbox, ifMatch) => {
        await post(interactionRef(interaction.id), interactionTokens(interaction, outbox));
        return interactions.replace(interaction, outbox, ifMatch);
      },
    },
    tasks: {
      ...tasks,
      insert: async (task) => {
        await post(taskRef(task.id), taskTokens(task));
        return tasks.insert(task);
      },
      replace: async (task, ifMatch) => {
        await post(taskRef(task.id), taskTokens(task));
        return tasks.replace(task, ifMatch);
      },
    },
    tiers: {
      ...tiers,
      create: async (tier, facts) => {
        await post(profileRef(tier.id), profileTokens(tier));
        return tiers.create(tier, facts);
      },
      write: async (tierId, write) => {
        await Promise.all([
          write.tier ? post(profileRef(tierId), profileTokens(write.tier.value)) : undefined,
          ...(write.changeRequests ?? []).map(({ value }) => post(changeRequestRef(value), changeRequestTokens(value))),
        ]);
        return tiers.write(tierId, write);
      },
      insertChangeRequest: async (request) => {
        await post(changeRequestRef(request), changeRequestTokens(request));
        return tiers.insertChangeRequest(request);
      },
    },
    ...(audit && {
      audit: {
        ...audit,
        append: async (record) => {
          await post(auditRef(record), auditTokens(record));
          return audit.append(record);
        },
        redact: async (record) => {
          await post(auditRef(record), auditTokens(record));
          return audit.redact(record);
        },
      },
    }),
  };
};
