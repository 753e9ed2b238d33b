import type { OfficeApi, OfficeMailItem, OfficeSelectedItem } from './office-api';
import { officeApi, settle } from './office-async';
import { callFailed, type OfficeError } from './office-error';
import type { MessageSnapshot } from './outlook-item';
import { readMessage } from './read-item';

const text = (value: string | null | undefined): string => (typeof value === 'string' ? value : '');

/** What Mailbox 1.13–1.14 tell of a selected message: no sender, recipients or date. */
const fromDetails = (details: OfficeSelectedItem): MessageSnapshot => ({
  itemType: 'message',
  subject: text(details.subject),
  internetMessageId: text(details.internetMessageId),
  conversationId: text(details.conversationId),
  ...(text(details.itemId) && { itemId: text(details.itemId) }),
  from: undefined,
  to: [],
  cc: [],
  dateTimeCreated: '',
  bodyExcerpt: '',
  attachments: [],
});

const loadMessage = async (office: OfficeApi, details: OfficeSelectedItem): Promise<MessageSnapshot> => {
  const { mailbox } = office.context;
  const load = mailbox.loadItemByIdAsync;
  const itemId = text(details.itemId);
  if (load === undefined || itemId === '') return fromDetails(details);
  const item = await settle<OfficeMailItem>(office, 'a selected message', (callback) =>
    load.call(mailbox, itemId, callback),
  );
  if (item === undefined) return fromDetails(details);
  try {
    const snapshot = await readMessage(office, item);
    return {
      ...snapshot,
      itemId: snapshot.itemId ?? itemId,
      internetMessageId: snapshot.internetMessageId || text(details.internetMessageId),
    };
  } finally {
    // Outlook keeps one loaded item at a time: the next one cannot load until this one is freed.
    if (item.unloadAsync)
      await settle<void>(office, 'a selected message', (callback) => item.unloadAsync!(callback));
  }
};

/**
 * The messages selected together (Outlook's multi-select); [] where the host has no
 * multi-select. Read one after the other, in full where Mailbox 1.15 allows it.
 */
export const readSelectedItems = async (): Promise<MessageSnapshot[]> => {
  const office = officeApi();
  const { mailbox } = office.context;
  const getSelected = mailbox.getSelectedItemsAsync;
  if (getSelected === undefined) return [];
  const selected =
    (await settle<OfficeSelectedItem[]>(office, 'the selected messages', (callback) =>
      getSelected.call(mailbox, callback),
    )) ?? [];
  const messages: MessageSnapshot[] = [];
  for (const details of selected)
    if (details.itemType === office.MailboxEnums.ItemType.Message)
      messages.push(await loadMessage(office, details));
  return messages;
};

/**
 * Calls `onChange` whenever the rep changes the multi-selection (Mailbox 1.13); a host without it
 * never calls. Returns the unsubscribe.
 */
export const watchSelectedItems = (
  onChange: () => void,
  onError: (error: OfficeError) => void,
): (() => void) => {
  const office = officeApi();
  const { mailbox } = office.context;
  const eventType = office.EventType.SelectedItemsChanged;
  if (eventType === undefined || mailbox.getSelectedItemsAsync === undefined) return () => undefined;
  mailbox.addHandlerAsync(
    eventType,
    () => onChange(),
    (result) => {
      if (result.status === office.AsyncResultStatus.Failed)
        onError(callFailed('notice of the rep selecting several messages', result.error));
    },
  );
  return () => mailbox.removeHandlerAsync(eventType);
};
