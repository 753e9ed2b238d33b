/** What the pane knows about the selected Outlook item: plain data, no Office.js objects. */
export type Party = { emailAddress: string; displayName: string };

/** A non-inline attachment as Office reports it: the pane never reads the content. */
export type ItemAttachment = { id: string; name: string; size?: number; contentType?: string };

/** The mailbox of an item that is not the rep's own: a shared mailbox or a colleague's, as delegate. */
export type ItemMailbox = { owner: string; shared: boolean };

export type MessageSnapshot = {
  mailbox?: ItemMailbox;
  itemType: 'message';
  subject: string;
  internetMessageId: string;
  conversationId: string;
  itemId?: string;
  from: Party | undefined;
  to: Party[];
  cc: Party[];
  /** ISO 8601 with the offset of the mailbox's machine, or '' when Outlook gave none. */
  dateTimeCreated: string;
  bodyExcerpt: string;
  attachments: ItemAttachment[];
};

export type AppointmentSnapshot = {
  mailbox?: ItemMailbox;
  itemType: 'appointment';
  /** 'organizer' when the mailbox user is editing the meeting (compose form), 'read' otherwise. */
  mode: 'read' | 'organizer';
  subject: string;
  iCalUId?: string;
  itemId?: string;
  /**
   * The meeting's id in Microsoft Graph (`/me/events/{id}`), when Office.js gave no iCalUId: Relais
   * asks Graph for the iCalUId, the same in every attendee's mailbox, unlike the item id.
   */
  restId?: string;
  organizer: Party | undefined;
  requiredAttendees: Party[];
  optionalAttendees: Party[];
  start: string;
  end: string;
  location: string;
  /** Empty in the organizer form, where Office only lists them asynchronously. */
  attachments: ItemAttachment[];
};

export type OutlookItemSnapshot = MessageSnapshot | AppointmentSnapshot;

export type ItemSource = { kind: 'email' | 'meeting'; id: string };

export type Direction = 'inbound' | 'outbound';

/**
 * The idempotency key of the API. Undefined when the item has no id yet (a meeting being
 * created): an empty id would make every such item look like the same logged one.
 */
export const sourceOf = (snapshot: OutlookItemSnapshot): ItemSource | undefined => {
  const id =
    snapshot.itemType === 'message' ? snapshot.internetMessageId : snapshot.iCalUId || snapshot.itemId || '';
  if (id.trim() === '') return undefined;
  return { kind: snapshot.itemType === 'message' ? 'email' : 'meeting', id };
};

const normalise = (emailAddress: string): string => emailAddress.trim().toLowerCase();

export const senderOf = (snapshot: OutlookItemSnapshot): Party | undefined =>
  snapshot.itemType === 'message' ? snapshot.from : snapshot.organizer;

export const inferDirection = (snapshot: OutlookItemSnapshot, mailboxUserEmail: string): Direction => {
  const sender = senderOf(snapshot);
  const user = normalise(mailboxUserEmail);
  return sender !== undefined && user !== '' && normalise(sender.emailAddress) === user
    ? 'outbound'
    : 'inbound';
};

export const participantsOf = (snapshot: OutlookItemSnapshot): Party[] => {
  const sender = senderOf(snapshot);
  const others =
    snapshot.itemType === 'message'
      ? [...snapshot.to, ...snapshot.cc]
      : [...snapshot.requiredAttendees, ...snapshot.optionalAttendees];
  return sender === undefined ? others : [sender, ...others];
};

// Deliberately loose: it only has to reject what Exchange hands out that is not SMTP
// (X.500 legacy DNs, blank entries, display names in the address field).
const SMTP_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export const isSmtpAddress = (emailAddress: string): boolean => SMTP_ADDRESS.test(normalise(emailAddress));

/** Every distinct SMTP address on the item, lower-cased, sender or organizer first. */
export const allAddresses = (snapshot: OutlookItemSnapshot): string[] => {
  const addresses = new Set<string>();
  for (const party of participantsOf(snapshot)) {
    const address = normalise(party.emailAddress);
    if (isSmtpAddress(address)) addresses.add(address);
  }
  return [...addresses];
};
