import type { InteractionDraft } from '@relais/domain';
import type { ChangeRequestBody, FollowUpRow, InteractionFieldValues } from '@relais/ui/components/interaction-form';
import { sourceOf, type ItemSource, type OutlookItemSnapshot } from '../office';
import type { ItemParty } from './item-parties';
import { isoWithOffset } from './iso-with-offset';

const MAX_COLLEAGUES = 200;
const MAX_ATTACHMENTS = 100;
const MAX_DURATION_MINUTES = 10080;

const text = (value: string, max: number): string | undefined => {
  const trimmed = value.trim().slice(0, max).trim();
  return trimmed === '' ? undefined : trimmed;
};

/** When it happened: the message's date, the meeting's start; now when Outlook gave none. */
export const occurredAtOf = (item: OutlookItemSnapshot, now: Date): string =>
  (item.itemType === 'message' ? item.dateTimeCreated : item.start) || isoWithOffset(now);

export const durationOf = (item: OutlookItemSnapshot): number | undefined => {
  if (item.itemType !== 'appointment' || !item.start || !item.end) return undefined;
  const minutes = Math.round((Date.parse(item.end) - Date.parse(item.start)) / 60_000);
  return Number.isFinite(minutes) && minutes >= 0 ? Math.min(minutes, MAX_DURATION_MINUTES) : undefined;
};

export type DraftInput = {
  item: OutlookItemSnapshot;
  fields: InteractionFieldValues;
  tierIds: string[];
  /** Colleagues on the item (internal addresses), the mailbox user excepted. */
  colleagues: ItemParty[];
  followUps: FollowUpRow[];
  changeRequests: ChangeRequestBody[];
  now: Date;
  /** What the item is logged under when it was resolved (a meeting's iCalUId); the item's own otherwise. */
  source?: ItemSource | undefined;
};

/** The body of POST /api/interactions for the item and what the rep chose. */
export const buildDraft = (input: DraftInput): InteractionDraft => {
  const { item, fields, tierIds, colleagues, followUps, changeRequests, now } = input;
  const key = 'source' in input ? input.source : sourceOf(item);
  // The item's own id goes with the key so the interaction links back to it in Exchange.
  const source = key && { ...key, ...(item.itemId && { itemId: item.itemId }) };
  const attachments = item.attachments.slice(0, MAX_ATTACHMENTS).map((attachment) => ({
    name: attachment.name.slice(0, 255),
    ...(attachment.size !== undefined && { size: attachment.size }),
    ...(attachment.contentType && { contentType: attachment.contentType.slice(0, 255) }),
  }));
  const subject = text(item.subject, 500);
  const location = item.itemType === 'appointment' ? text(item.location, 300) : undefined;
  const durationMinutes = durationOf(item);
  const purpose = text(fields.purpose, 300);
  const outcome = text(fields.outcome, 1000);
  const summary = text(fields.summary, 8000);
  const tasks = followUps
    .filter((row) => row.title.trim() !== '')
    .map((row) => ({
      title: row.title.trim().slice(0, 200),
      ...(row.dueDate && { dueDate: row.dueDate }),
      ...(row.assigneeId && { assigneeId: row.assigneeId }),
    }));
  const people = colleagues.slice(0, MAX_COLLEAGUES).map((party) => {
    const name = text(party.displayName, 200);
    return { email: party.key, ...(name && name !== party.key && { name }) };
  });
  return {
    ...(source && { source }),
    direction: fields.direction,
    medium: fields.medium,
    occurredAt: occurredAtOf(item, now),
    ...(durationMinutes !== undefined && { durationMinutes }),
    ...(location && { location }),
    ...(subject && { subject }),
    ...(purpose && { purpose }),
    ...(outcome && { outcome }),
    ...(summary && { summary }),
    participants: tierIds.map((tierId) => ({ tierId })),
    ...(people.length > 0 && { colleagues: people }),
    ...(tasks.length > 0 && { tasks }),
    ...(changeRequests.length > 0 && { changeRequests }),
    ...(attachments.length > 0 && { attachments }),
    ...(item.mailbox && { mailbox: item.mailbox }),
  };
};
