import { bodyExcerpt } from './body-excerpt';
import { toIsoWithOffset } from './iso-date';
import type { OfficeApi, OfficeMailItem } from './office-api';
import { isAsyncProperty, officeApi, settle, valueOf } from './office-async';
import { isOfficeError, noMailboxAccess } from './office-error';
import type {
  AppointmentSnapshot,
  ItemAttachment,
  ItemMailbox,
  MessageSnapshot,
  OutlookItemSnapshot,
} from './outlook-item';
import { toParties, toParty } from './party';

const text = (value: string | null | undefined): string => (typeof value === 'string' ? value : '');

const present = (value: string | null | undefined): string | undefined =>
  text(value) === '' ? undefined : text(value);

const readBody = async (office: OfficeApi, item: OfficeMailItem): Promise<string> => {
  const body = item.body;
  if (body === undefined) return '';
  const plain = await settle<string>(office, "the message's body", (callback) =>
    body.getAsync(office.CoercionType.Text, callback),
  );
  return bodyExcerpt(text(plain));
};

const byteCount = (size: number | null | undefined): number | undefined =>
  typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 ? size : undefined;

// Inline images (signature logos, pasted screenshots) are not what a rep calls attachments.
const attachmentsOf = (item: OfficeMailItem): ItemAttachment[] =>
  (Array.isArray(item.attachments) ? item.attachments : []).flatMap((attachment) => {
    const name = text(attachment.name);
    if (attachment.isInline === true || name.trim() === '') return [];
    const size = byteCount(attachment.size);
    const contentType = present(attachment.contentType);
    return [
      {
        id: text(attachment.id),
        name,
        ...(size !== undefined && { size }),
        ...(contentType && { contentType }),
      },
    ];
  });

export const readMessage = async (office: OfficeApi, item: OfficeMailItem): Promise<MessageSnapshot> => {
  const [subject, from, to, cc, excerpt] = await Promise.all([
    valueOf(office, "the message's subject", item.subject),
    valueOf(office, "the message's sender", item.from),
    valueOf(office, "the message's To recipients", item.to),
    valueOf(office, "the message's Cc recipients", item.cc),
    readBody(office, item),
  ]);
  const itemId = present(item.itemId);
  return {
    itemType: 'message',
    subject: text(subject),
    internetMessageId: text(item.internetMessageId),
    conversationId: text(item.conversationId),
    ...(itemId && { itemId }),
    from: toParty(from),
    to: toParties(to),
    cc: toParties(cc),
    dateTimeCreated: toIsoWithOffset(item.dateTimeCreated),
    bodyExcerpt: excerpt,
    attachments: attachmentsOf(item),
  };
};

/** A meeting being created has no id until Outlook saves it: that is a missing field, not a failure. */
const organizerItemId = async (office: OfficeApi, item: OfficeMailItem): Promise<string | undefined> => {
  const itemId = present(item.itemId);
  if (itemId) return itemId;
  const getItemIdAsync = item.getItemIdAsync;
  if (getItemIdAsync === undefined) return undefined;
  return settle<string>(office, "the meeting's id", (callback) => getItemIdAsync.call(item, callback)).catch(
    () => undefined,
  );
};

/** The item id as Microsoft Graph knows it; undefined where Outlook cannot convert it. */
const restIdOf = (office: OfficeApi, itemId: string): string | undefined => {
  const convert = office.context.mailbox.convertToRestId;
  const version = office.MailboxEnums.RestVersion?.v2_0;
  if (convert === undefined || version === undefined) return undefined;
  try {
    return present(convert.call(office.context.mailbox, itemId, version));
  } catch {
    return undefined;
  }
};

const readAppointment = async (office: OfficeApi, item: OfficeMailItem): Promise<AppointmentSnapshot> => {
  const mode = isAsyncProperty(item.subject) || isAsyncProperty(item.start) ? 'organizer' : 'read';
  const [subject, organizer, required, optional, start, end, location, itemId] = await Promise.all([
    valueOf(office, "the meeting's subject", item.subject),
    valueOf(office, "the meeting's organizer", item.organizer),
    valueOf(office, "the meeting's required attendees", item.requiredAttendees),
    valueOf(office, "the meeting's optional attendees", item.optionalAttendees),
    valueOf(office, "the meeting's start time", item.start),
    valueOf(office, "the meeting's end time", item.end),
    valueOf(office, "the meeting's location", item.location),
    mode === 'organizer' ? organizerItemId(office, item) : present(item.itemId),
  ]);
  const iCalUId = present(item.iCalUId);
  const restId = iCalUId || !itemId ? undefined : restIdOf(office, itemId);
  // Before requirement set 1.7 the organizer form has no organizer property: it is the mailbox user.
  const organizerParty =
    mode === 'organizer' && item.organizer === undefined
      ? toParty(office.context.mailbox.userProfile)
      : toParty(organizer);
  return {
    itemType: 'appointment',
    mode,
    subject: text(subject),
    ...(iCalUId && { iCalUId }),
    ...(itemId && { itemId }),
    ...(restId && { restId }),
    organizer: organizerParty,
    requiredAttendees: toParties(required),
    optionalAttendees: toParties(optional),
    start: toIsoWithOffset(start),
    end: toIsoWithOffset(end),
    location: text(location).trim(),
    attachments: attachmentsOf(item),
  };
};

/**
 * Whose mailbox the item is in, when it is not the rep's own (Mailbox 1.8, `getSharedPropertiesAsync`
 * exists only there). Office.js does not tell a shared mailbox from a delegated one: both are
 * "shared with the rep". A refusal means the access was withdrawn.
 */
const readMailbox = async (office: OfficeApi, item: OfficeMailItem): Promise<ItemMailbox | undefined> => {
  const getShared = item.getSharedPropertiesAsync;
  if (getShared === undefined) return undefined;
  const properties = await settle<{ owner?: string | null }>(
    office,
    "the shared mailbox's owner",
    (callback) => getShared.call(item, callback),
  ).catch((error: unknown) => {
    throw isOfficeError(error) ? noMailboxAccess({ message: error.message }) : noMailboxAccess();
  });
  const owner = text(properties?.owner).trim().toLowerCase();
  const user = text(office.context.mailbox.userProfile?.emailAddress).trim().toLowerCase();
  return owner === '' || owner === user ? undefined : { owner, shared: true };
};

/**
 * The selected item as a snapshot; null when no item is selected or it is neither a message nor
 * a meeting. Missing fields come back empty; a failed Office call rejects with an OfficeError.
 */
export const readCurrentItem = async (): Promise<OutlookItemSnapshot | null> => {
  const office = officeApi();
  const item = office.context.mailbox.item;
  if (item === undefined || item === null) return null;
  const { Message, Appointment } = office.MailboxEnums.ItemType;
  const read =
    item.itemType === Message
      ? readMessage(office, item)
      : item.itemType === Appointment
        ? readAppointment(office, item)
        : undefined;
  if (read === undefined) return null;
  const [snapshot, mailbox] = await Promise.all([read, readMailbox(office, item)]);
  return mailbox ? { ...snapshot, mailbox } : snapshot;
};
