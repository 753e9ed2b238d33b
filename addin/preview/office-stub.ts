import type {
  OfficeApi,
  OfficeAsyncResult,
  OfficeCallback,
  OfficeEmailAddress,
  OfficeItemChangedHandler,
  OfficeMailItem,
  OfficeSelectedItem,
} from '../src/office/office-api';

/**
 * The preview harness' Outlook: a global `Office` with just what `src/office` reads, built from
 * the harness' item JSON, so the pane runs its real Office code path in a plain browser (or node).
 */
export type PreviewParty = { emailAddress: string; displayName?: string };

export type PreviewItem = {
  itemType: 'message' | 'appointment';
  itemId?: string;
  subject?: string;
  internetMessageId?: string;
  conversationId?: string;
  dateTimeCreated?: string;
  from?: PreviewParty | null;
  to?: PreviewParty[];
  cc?: PreviewParty[];
  organizer?: PreviewParty | null;
  requiredAttendees?: PreviewParty[];
  optionalAttendees?: PreviewParty[];
  start?: string;
  end?: string;
  location?: string;
  bodyText?: string;
  iCalUId?: string;
  /** A bare string is a file name; objects are shaped like Office.js' AttachmentDetails. */
  attachments?: (string | PreviewAttachment)[];
  /**
   * Whose mailbox the item is in: `shared: true` plays a shared or delegated mailbox (the item
   * answers `getSharedPropertiesAsync` with this owner); `revoked: true`, the rep's access withdrawn.
   */
  mailbox?: PreviewMailbox;
  /** The messages selected together (Outlook's multi-select), this item among them or not. */
  selectedItems?: PreviewItem[];
};

export type PreviewAttachment = {
  id?: string;
  name: string;
  size?: number;
  contentType?: string;
  isInline?: boolean;
};

export type PreviewMailbox = { owner: string; shared: boolean; revoked?: boolean };

export type PreviewUser = { emailAddress: string; displayName?: string };

export type OfficeStub = {
  office: OfficeApi;
  /** Simulates the rep selecting another item (null: none) in a pinned pane; fires ItemChanged. */
  selectItem(item: PreviewItem | null): void;
};

/** A bad `?item=`: `field` names the culprit, e.g. `item.to[2].emailAddress`. */
export class PreviewItemError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`The ?item= parameter is invalid: ${field} ${problem}.`);
    this.name = 'PreviewItemError';
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalString = (json: Json, key: string, path: string): string | undefined => {
  const value = json[key];
  if (value === undefined || typeof value === 'string') return value;
  throw new PreviewItemError(`${path}.${key}`, 'must be a string');
};

const optionalDate = (json: Json, key: string, path: string): string | undefined => {
  const value = optionalString(json, key, path);
  if (value !== undefined && Number.isNaN(Date.parse(value)))
    throw new PreviewItemError(`${path}.${key}`, `must be an ISO 8601 date-time, not "${value}"`);
  return value;
};

const partyAt = (value: unknown, path: string): PreviewParty => {
  if (!isObject(value)) throw new PreviewItemError(path, 'must be an object { emailAddress, displayName }');
  const emailAddress = optionalString(value, 'emailAddress', path);
  if (emailAddress === undefined) throw new PreviewItemError(`${path}.emailAddress`, 'is required');
  const displayName = optionalString(value, 'displayName', path);
  return displayName === undefined ? { emailAddress } : { emailAddress, displayName };
};

const optionalParty = (json: Json, key: string, path: string): PreviewParty | null | undefined => {
  const value = json[key];
  return value === undefined || value === null ? value : partyAt(value, `${path}.${key}`);
};

const optionalArray = <T>(json: Json, key: string, path: string, each: (value: unknown, at: string) => T) => {
  const value = json[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new PreviewItemError(`${path}.${key}`, 'must be an array');
  return value.map((entry, index) => each(entry, `${path}.${key}[${index}]`));
};

const optionalSize = (json: Json, key: string, path: string): number | undefined => {
  const value = json[key];
  if (value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0))
    return value;
  throw new PreviewItemError(`${path}.${key}`, 'must be a whole number of bytes');
};

const optionalBoolean = (json: Json, key: string, path: string): boolean | undefined => {
  const value = json[key];
  if (value === undefined || typeof value === 'boolean') return value;
  throw new PreviewItemError(`${path}.${key}`, 'must be true or false');
};

const attachmentAt = (value: unknown, at: string): string | PreviewAttachment => {
  if (typeof value === 'string') return value;
  const name = isObject(value) ? optionalString(value, 'name', at) : undefined;
  if (!isObject(value) || name === undefined)
    throw new PreviewItemError(at, 'must be a file name or { name }');
  const id = optionalString(value, 'id', at);
  const size = optionalSize(value, 'size', at);
  const contentType = optionalString(value, 'contentType', at);
  const isInline = optionalBoolean(value, 'isInline', at);
  return {
    name,
    ...(id !== undefined && { id }),
    ...(size !== undefined && { size }),
    ...(contentType !== undefined && { contentType }),
    ...(isInline !== undefined && { isInline }),
  };
};

const toAttachment = (attachment: string | PreviewAttachment, index: number) => {
  const details = typeof attachment === 'string' ? { name: attachment } : attachment;
  return { id: details.id ?? `attachment-${index}`, isInline: false, ...details };
};

const optionalMailbox = (json: Json, at: string): PreviewMailbox | undefined => {
  const value = json.mailbox;
  if (value === undefined) return undefined;
  const path = `${at}.mailbox`;
  if (!isObject(value)) throw new PreviewItemError(path, 'must be an object { owner, shared }');
  const owner = optionalString(value, 'owner', path);
  if (owner === undefined) throw new PreviewItemError(`${path}.owner`, 'is required');
  const shared = optionalBoolean(value, 'shared', path);
  if (shared === undefined) throw new PreviewItemError(`${path}.shared`, 'is required');
  const revoked = optionalBoolean(value, 'revoked', path);
  return { owner, shared, ...(revoked !== undefined && { revoked }) };
};

/** Checks a harness item field by field; unknown fields are ignored. */
export const parsePreviewItem = (value: unknown, at = 'item'): PreviewItem => {
  if (!isObject(value)) throw new PreviewItemError(at, 'must be a JSON object');
  const itemType = value.itemType;
  if (itemType !== 'message' && itemType !== 'appointment')
    throw new PreviewItemError(`${at}.itemType`, 'must be "message" or "appointment"');
  return {
    itemType,
    itemId: optionalString(value, 'itemId', at),
    subject: optionalString(value, 'subject', at),
    internetMessageId: optionalString(value, 'internetMessageId', at),
    conversationId: optionalString(value, 'conversationId', at),
    dateTimeCreated: optionalDate(value, 'dateTimeCreated', at),
    from: optionalParty(value, 'from', at),
    to: optionalArray(value, 'to', at, partyAt),
    cc: optionalArray(value, 'cc', at, partyAt),
    organizer: optionalParty(value, 'organizer', at),
    requiredAttendees: optionalArray(value, 'requiredAttendees', at, partyAt),
    optionalAttendees: optionalArray(value, 'optionalAttendees', at, partyAt),
    start: optionalDate(value, 'start', at),
    end: optionalDate(value, 'end', at),
    location: optionalString(value, 'location', at),
    bodyText: optionalString(value, 'bodyText', at),
    iCalUId: optionalString(value, 'iCalUId', at),
    attachments: optionalArray(value, 'attachments', at, attachmentAt),
    mailbox: optionalMailbox(value, at),
    // One level only: a selected item's own selection means nothing.
    selectedItems:
      at === 'item'
        ? optionalArray(value, 'selectedItems', at, (entry, path) => parsePreviewItem(entry, path))
        : undefined,
  };
};

/** `?item=` is base64url of the item's UTF-8 JSON. */
export const encodeItemParam = (item: PreviewItem): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(item))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export const decodeItemParam = (param: string): PreviewItem => {
  let json: string;
  try {
    const binary = atob(param.trim().replace(/-/g, '+').replace(/_/g, '/'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
  } catch {
    throw new PreviewItemError('item', 'is not base64url-encoded UTF-8');
  }
  try {
    return parsePreviewItem(JSON.parse(json));
  } catch (error) {
    if (error instanceof PreviewItemError) throw error;
    throw new PreviewItemError('item', 'is not JSON');
  }
};

// Office calls back after a round trip to the host, never synchronously.
const later = <T>(callback: OfficeCallback<T> | undefined, result: OfficeAsyncResult<T>): void => {
  if (callback !== undefined) setTimeout(() => callback(result), 0);
};

const succeeded = <T>(value: T): OfficeAsyncResult<T> => ({ status: 'succeeded', value });

const failed = (code: number, message: string): OfficeAsyncResult<never> => ({
  status: 'failed',
  error: { code, name: 'InvalidParameter', message },
});

// Outlook shows the address where a contact has no display name.
const toAddress = (party: PreviewParty): OfficeEmailAddress => ({
  emailAddress: party.emailAddress,
  displayName: party.displayName ?? party.emailAddress,
});

const toDate = (iso: string | undefined): Date | undefined => (iso === undefined ? undefined : new Date(iso));

/** Read-mode items always have an id in Outlook; a stable one keeps "already logged" working. */
const stableItemId = (item: PreviewItem): string => {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(item)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `AAMkPreview${hash.toString(16).padStart(8, '0')}`;
};

const toOfficeItem = (item: PreviewItem): OfficeMailItem => {
  const bodyText = item.bodyText ?? '';
  const mailbox = item.mailbox;
  const common: OfficeMailItem = {
    ...(mailbox?.shared && {
      getSharedPropertiesAsync: (callback: OfficeCallback<{ owner: string }>) =>
        later(
          callback,
          mailbox.revoked
            ? failed(9053, 'Access to the shared mailbox was removed.')
            : succeeded({ owner: mailbox.owner }),
        ),
    }),
    itemType: item.itemType,
    itemId: item.itemId ?? stableItemId(item),
    subject: item.subject ?? '',
    attachments: (item.attachments ?? []).map(toAttachment),
    body: {
      getAsync: (coercionType, callback) =>
        later(
          callback,
          coercionType === 'text' ? succeeded(bodyText) : failed(1000, 'Only text is stubbed.'),
        ),
    },
  };
  if (item.itemType === 'appointment')
    return {
      ...common,
      organizer: item.organizer ? toAddress(item.organizer) : null,
      requiredAttendees: (item.requiredAttendees ?? []).map(toAddress),
      optionalAttendees: (item.optionalAttendees ?? []).map(toAddress),
      start: toDate(item.start),
      end: toDate(item.end),
      location: item.location ?? '',
      iCalUId: item.iCalUId,
    };
  return {
    ...common,
    internetMessageId: item.internetMessageId ?? '',
    conversationId: item.conversationId ?? '',
    dateTimeCreated: toDate(item.dateTimeCreated),
    from: item.from ? toAddress(item.from) : null,
    to: (item.to ?? []).map(toAddress),
    cc: (item.cc ?? []).map(toAddress),
  };
};

const ITEM_CHANGED = 'olkItemSelectedChanged';
const SELECTED_ITEMS_CHANGED = 'olkSelectedItemsChanged';

/** Outlook's multi-select: the item's `selectedItems`, or the item alone when it is a message. */
const selectionOf = (item: PreviewItem | null): PreviewItem[] =>
  item === null ? [] : (item.selectedItems ?? (item.itemType === 'message' ? [item] : []));

const detailsOf = (item: PreviewItem): OfficeSelectedItem => ({
  itemId: item.itemId ?? stableItemId(item),
  itemType: item.itemType,
  itemMode: 'read',
  subject: item.subject ?? '',
  internetMessageId: item.internetMessageId ?? '',
  conversationId: item.conversationId ?? '',
  hasAttachment: (item.attachments ?? []).length > 0,
});

export const installOfficeStub = (options: {
  item: PreviewItem | null;
  user: PreviewUser;
  displayLanguage?: string;
}): OfficeStub => {
  const handlers = new Set<OfficeItemChangedHandler>();
  const selectionHandlers = new Set<OfficeItemChangedHandler>();
  let selection = selectionOf(options.item);
  let loaded = false;
  const office: OfficeApi = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    EventType: { ItemChanged: ITEM_CHANGED, SelectedItemsChanged: SELECTED_ITEMS_CHANGED },
    CoercionType: { Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      RestVersion: { v2_0: 'v2.0' },
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      mailbox: {
        item: options.item === null ? null : toOfficeItem(options.item),
        userProfile: toAddress(options.user),
        addHandlerAsync: (eventType, handler, callback) => {
          const set =
            eventType === ITEM_CHANGED
              ? handlers
              : eventType === SELECTED_ITEMS_CHANGED
                ? selectionHandlers
                : undefined;
          if (set === undefined)
            return later(callback, failed(5000, 'Only ItemChanged and SelectedItemsChanged are stubbed.'));
          set.add(handler);
          later(callback, succeeded(undefined));
        },
        removeHandlerAsync: (eventType, callback) => {
          if (eventType === ITEM_CHANGED) handlers.clear();
          if (eventType === SELECTED_ITEMS_CHANGED) selectionHandlers.clear();
          later(callback, succeeded(undefined));
        },
        getSelectedItemsAsync: (callback) => later(callback, succeeded(selection.map(detailsOf))),
        loadItemByIdAsync: (itemId, callback) => {
          const item = selection.find((candidate) => detailsOf(candidate).itemId === itemId);
          if (item === undefined) return later(callback, failed(9041, 'The item is not selected.'));
          // Like Outlook: a second item cannot be loaded before the first is unloaded.
          if (loaded) return later(callback, failed(9043, 'Another item is loaded.'));
          loaded = true;
          const unloadAsync = (done?: OfficeCallback<void>) => {
            loaded = false;
            later(done, succeeded(undefined));
          };
          later(callback, succeeded({ ...toOfficeItem(item), itemId: detailsOf(item).itemId, unloadAsync }));
        },
        // Outlook's conversion swaps base64's '/' and '+' for the URL-safe '-' and '_'.
        convertToRestId: (itemId) => itemId.replace(/\//g, '-').replace(/\+/g, '_'),
      },
    },
  };
  (globalThis as { Office?: OfficeApi }).Office = office;
  return {
    office,
    selectItem: (item) => {
      office.context.mailbox.item = item === null ? null : toOfficeItem(item);
      selection = selectionOf(item);
      setTimeout(() => {
        handlers.forEach((handler) => handler({ type: ITEM_CHANGED }));
        selectionHandlers.forEach((handler) => handler({ type: SELECTED_ITEMS_CHANGED }));
      }, 0);
    },
  };
};
