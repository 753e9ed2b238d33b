/**
 * The narrow slice of Office.js this module uses, typed here rather than through
 * `@types/office-js`, so the preview stub and the tests can provide exactly this and no more.
 */
export type OfficeAsyncError = { code?: number; name?: string; message?: string };

/** `value` is absent when the call failed. */
export type OfficeAsyncResult<T> = { status: string; value?: T; error?: OfficeAsyncError };

export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

/** A compose/organizer-mode property: the value is only reachable asynchronously. */
export type OfficeAsyncProperty<T> = { getAsync(callback: OfficeCallback<T>): void };

/** Read mode gives values, compose and organizer mode give `getAsync` objects. */
export type OfficeProperty<T> = T | OfficeAsyncProperty<T>;

export type OfficeEmailAddress = { emailAddress?: string | null; displayName?: string | null };

export type OfficeAttachment = {
  id?: string | null;
  name?: string | null;
  size?: number | null;
  contentType?: string | null;
  isInline?: boolean;
};

export type OfficeMailItem = {
  itemType?: string;
  itemId?: string | null;
  subject?: OfficeProperty<string>;
  internetMessageId?: string | null;
  conversationId?: string | null;
  dateTimeCreated?: Date | null;
  from?: OfficeProperty<OfficeEmailAddress | null>;
  to?: OfficeProperty<OfficeEmailAddress[]>;
  cc?: OfficeProperty<OfficeEmailAddress[]>;
  attachments?: OfficeAttachment[] | null;
  body?: { getAsync(coercionType: string, callback: OfficeCallback<string>): void };
  organizer?: OfficeProperty<OfficeEmailAddress | null>;
  requiredAttendees?: OfficeProperty<OfficeEmailAddress[]>;
  optionalAttendees?: OfficeProperty<OfficeEmailAddress[]>;
  start?: OfficeProperty<Date | null>;
  end?: OfficeProperty<Date | null>;
  location?: OfficeProperty<string>;
  /** Not part of Office.js: hosts that know the iCalendar UID (the preview harness) may set it. */
  iCalUId?: string | null;
  getItemIdAsync?(callback: OfficeCallback<string>): void;
  /** Set on items of a shared or delegated mailbox (Mailbox 1.8): whose mailbox it is. */
  getSharedPropertiesAsync?(callback: OfficeCallback<{ owner?: string | null; targetMailbox?: string | null }>): void;
  /** On an item loaded with `loadItemByIdAsync`: frees it, since Outlook holds one at a time. */
  unloadAsync?(callback?: OfficeCallback<void>): void;
};

/** One of the messages the rep selected (Mailbox 1.13; `internetMessageId` and `conversationId` 1.14). */
export type OfficeSelectedItem = {
  itemId?: string | null;
  itemType?: string | null;
  itemMode?: string | null;
  subject?: string | null;
  internetMessageId?: string | null;
  conversationId?: string | null;
  hasAttachment?: boolean;
};

export type OfficeItemChangedHandler = (eventArgs: { type: string }) => void;

export type OfficeMailbox = {
  item?: OfficeMailItem | null;
  userProfile?: { emailAddress?: string | null; displayName?: string | null };
  addHandlerAsync(
    eventType: string,
    handler: OfficeItemChangedHandler,
    callback?: OfficeCallback<void>,
  ): void;
  removeHandlerAsync(eventType: string, callback?: OfficeCallback<void>): void;
  /** EWS item id → REST (Microsoft Graph) id; absent on hosts without requirement set 1.3. */
  convertToRestId?(itemId: string, restVersion: string): string;
  /** The selected messages (Mailbox 1.13, with the manifest's `multiselect`). */
  getSelectedItemsAsync?(callback: OfficeCallback<OfficeSelectedItem[]>): void;
  /** One selected message read in full (Mailbox 1.15). */
  loadItemByIdAsync?(itemId: string, callback: OfficeCallback<OfficeMailItem>): void;
};

export type OfficeApi = {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context: { mailbox: OfficeMailbox; displayLanguage?: string | null };
  EventType: { ItemChanged: string; SelectedItemsChanged?: string };
  CoercionType: { Text: string };
  AsyncResultStatus: { Succeeded: string; Failed: string };
  MailboxEnums: { ItemType: { Message: string; Appointment: string }; RestVersion?: { v2_0: string } };
};
