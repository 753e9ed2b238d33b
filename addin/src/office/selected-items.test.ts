import { installMockOffice, party, textBody, uninstallOffice } from './office-mock.fixture';
import type { OfficeAsyncResult } from './office-api';
import { readSelectedItems, watchSelectedItems } from './selected-items';

afterEach(uninstallOffice);

const details = (n: number) => ({
  itemId: `AAMk${n}`,
  itemType: 'message',
  itemMode: 'read',
  subject: `Message ${n}`,
  internetMessageId: `<m${n}@acme.example>`,
  conversationId: 'AAQkThread',
  hasAttachment: false,
});

const fullItem = (n: number) => ({
  itemType: 'message',
  itemId: `AAMk${n}`,
  subject: `Message ${n}`,
  internetMessageId: `<m${n}@acme.example>`,
  conversationId: 'AAQkThread',
  dateTimeCreated: new Date(Date.UTC(2026, 10, n, 9, 0)),
  from: party('jean@acme.example', 'Jean'),
  to: [party('claire.martin@relais.example', 'Claire Martin')],
  cc: [],
  attachments: [],
  body: textBody(`body ${n}`),
});

/** Mailbox 1.13+: the selection, and (1.15) each item loaded one at a time. */
const withSelection = (selected: Record<string, unknown>[], options: { load?: boolean } = {}) => {
  const office = installMockOffice({ item: null });
  const mailbox = office.mock.context.mailbox as unknown as Record<string, unknown>;
  const events: string[] = [];
  let loaded = 0;
  mailbox.getSelectedItemsAsync = (callback: (result: OfficeAsyncResult<unknown[]>) => void) =>
    callback({ status: 'succeeded', value: selected });
  if (options.load)
    mailbox.loadItemByIdAsync = (itemId: string, callback: (result: OfficeAsyncResult<unknown>) => void) => {
      if (loaded > 0)
        return callback({ status: 'failed', error: { code: 9043, message: 'another item is loaded' } });
      loaded += 1;
      events.push(`load ${itemId}`);
      const n = Number(itemId.replace('AAMk', ''));
      callback({
        status: 'succeeded',
        value: {
          ...fullItem(n),
          unloadAsync: (done: (result: OfficeAsyncResult<void>) => void) => {
            loaded -= 1;
            events.push(`unload ${itemId}`);
            done({ status: 'succeeded' });
          },
        },
      });
    };
  return { office, events };
};

describe('readSelectedItems', () => {
  it('is empty where Outlook has no multi-select (before Mailbox 1.13)', async () => {
    installMockOffice({ item: null });
    expect(await readSelectedItems()).toEqual([]);
  });

  it('reads each selected message in full, unloading one before loading the next (Mailbox 1.15)', async () => {
    const { events } = withSelection([details(1), details(2), details(3)], { load: true });
    const messages = await readSelectedItems();
    expect(events).toEqual([
      'load AAMk1',
      'unload AAMk1',
      'load AAMk2',
      'unload AAMk2',
      'load AAMk3',
      'unload AAMk3',
    ]);
    expect(messages.map((m) => [m.internetMessageId, m.itemId, m.from?.emailAddress, m.bodyExcerpt])).toEqual(
      [
        ['<m1@acme.example>', 'AAMk1', 'jean@acme.example', 'body 1'],
        ['<m2@acme.example>', 'AAMk2', 'jean@acme.example', 'body 2'],
        ['<m3@acme.example>', 'AAMk3', 'jean@acme.example', 'body 3'],
      ],
    );
    expect(messages[1]!.dateTimeCreated).toMatch(/^2026-11-0\d/);
  });

  it('keeps what the selection says where a message cannot be loaded (Mailbox 1.13–1.14)', async () => {
    withSelection([details(7), { ...details(8), itemType: 'appointment' }]);
    expect(await readSelectedItems()).toEqual([
      {
        itemType: 'message',
        subject: 'Message 7',
        internetMessageId: '<m7@acme.example>',
        conversationId: 'AAQkThread',
        itemId: 'AAMk7',
        from: undefined,
        to: [],
        cc: [],
        dateTimeCreated: '',
        bodyExcerpt: '',
        attachments: [],
      },
    ]);
  });

  it('rejects with an OfficeError naming the call when Outlook refuses the selection', async () => {
    const office = installMockOffice({ item: null });
    (office.mock.context.mailbox as unknown as Record<string, unknown>).getSelectedItemsAsync = (
      callback: (result: OfficeAsyncResult<never>) => void,
    ) => callback({ status: 'failed', error: { code: 9002, message: 'refused' } });
    await expect(readSelectedItems()).rejects.toMatchObject({
      code: 'OFFICE.CALL_FAILED',
      call: 'the selected messages',
    });
  });
});

describe('watchSelectedItems', () => {
  it('calls back on SelectedItemsChanged and unsubscribes', () => {
    const { office } = withSelection([]);
    const mock = office.mock as unknown as Record<string, Record<string, unknown>>;
    mock.EventType!.SelectedItemsChanged = 'olkSelectedItemsChanged';
    const mailbox = office.mock.context.mailbox as unknown as Record<string, unknown>;
    const handlers = new Map<string, () => void>();
    mailbox.addHandlerAsync = (eventType: string, handler: () => void) => handlers.set(eventType, handler);
    mailbox.removeHandlerAsync = (eventType: string) => handlers.delete(eventType);
    let calls = 0;
    const stop = watchSelectedItems(
      () => (calls += 1),
      () => undefined,
    );
    handlers.get('olkSelectedItemsChanged')!();
    handlers.get('olkSelectedItemsChanged')!();
    expect(calls).toBe(2);
    stop();
    expect(handlers.has('olkSelectedItemsChanged')).toBe(false);
  });
});
