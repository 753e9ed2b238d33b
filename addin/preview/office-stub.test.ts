import {
  officeReady,
  readCurrentItem,
  readMailboxContext,
  readSelectedItems,
  watchSelectedItem,
  watchSelectedItems,
  type OutlookItemSnapshot,
} from '../src/office';
import {
  decodeItemParam,
  encodeItemParam,
  installOfficeStub,
  PreviewItemError,
  type PreviewItem,
} from './office-stub';

const email: PreviewItem = {
  itemType: 'message',
  subject: 'Commande n°4521 — confirmation ✅',
  internetMessageId: '<4521@dupont-industrie.fr>',
  conversationId: 'conv-4521',
  dateTimeCreated: '2025-03-14T09:30:00+01:00',
  from: { emailAddress: 'jean.dupont@dupont-industrie.fr', displayName: 'Jean Dupont' },
  to: [{ emailAddress: 'claire.martin@relais.example', displayName: 'Claire Martin' }],
  cc: [
    { emailAddress: 'mohammed@acme.example', displayName: 'محمد الأحمد' },
    { emailAddress: 'achats@acme.example' },
  ],
  bodyText: 'Bonjour Claire,\n\nLa commande est confirmée.',
  attachments: [
    'bon-de-commande.pdf',
    { name: 'conditions.pdf' },
    { id: 'att-3', name: 'plan-accès (v2).pdf', size: 0, contentType: 'application/pdf', isInline: false },
    { id: 'att-4', name: 'logo.png', size: 2048, contentType: 'image/png', isInline: true },
  ],
};

const meeting: PreviewItem = {
  itemType: 'appointment',
  subject: 'Revue trimestrielle',
  iCalUId: '040000008200E00074C5B7101A82E0080000000010',
  organizer: { emailAddress: 'claire.martin@relais.example', displayName: 'Claire Martin' },
  requiredAttendees: [{ emailAddress: 'jean.dupont@dupont-industrie.fr', displayName: 'Jean Dupont' }],
  optionalAttendees: [{ emailAddress: 'lea@acme.example', displayName: 'Léa' }],
  start: '2025-03-20T14:00:00+01:00',
  end: '2025-03-20T15:00:00+01:00',
  location: 'Salle Rivoli',
};

const user = { emailAddress: 'claire.martin@relais.example', displayName: 'Claire Martin' };

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('installOfficeStub, read through the real src/office code', () => {
  it('serves a message', async () => {
    installOfficeStub({ item: email, user, displayLanguage: 'fr-FR' });
    expect(await officeReady()).toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
    expect(readMailboxContext()).toEqual({ user, displayLanguage: 'fr-FR' });
    const snapshot = await readCurrentItem();
    expect(snapshot).toMatchObject({
      itemType: 'message',
      subject: 'Commande n°4521 — confirmation ✅',
      internetMessageId: '<4521@dupont-industrie.fr>',
      conversationId: 'conv-4521',
      from: { emailAddress: 'jean.dupont@dupont-industrie.fr', displayName: 'Jean Dupont' },
      cc: [
        { emailAddress: 'mohammed@acme.example', displayName: 'محمد الأحمد' },
        { emailAddress: 'achats@acme.example', displayName: 'achats@acme.example' },
      ],
      bodyExcerpt: 'Bonjour Claire,\n\nLa commande est confirmée.',
      attachments: [
        { id: 'attachment-0', name: 'bon-de-commande.pdf' },
        { id: 'attachment-1', name: 'conditions.pdf' },
        { id: 'att-3', name: 'plan-accès (v2).pdf', size: 0, contentType: 'application/pdf' },
      ],
    });
    expect(snapshot?.itemId).toMatch(/^AAMkPreview[0-9a-f]{8}$/);
    expect(Date.parse(snapshot?.itemType === 'message' ? snapshot.dateTimeCreated : '')).toBe(
      Date.parse('2025-03-14T09:30:00+01:00'),
    );
  });

  it('serves a meeting in read mode, with its iCalUId', async () => {
    installOfficeStub({ item: meeting, user });
    const snapshot = await readCurrentItem();
    expect(snapshot).toMatchObject({
      itemType: 'appointment',
      mode: 'read',
      iCalUId: meeting.iCalUId,
      organizer: meeting.organizer,
      requiredAttendees: meeting.requiredAttendees,
      optionalAttendees: meeting.optionalAttendees,
      location: 'Salle Rivoli',
    });
    if (snapshot?.itemType !== 'appointment') throw new Error('expected a meeting');
    expect(Date.parse(snapshot.start)).toBe(Date.parse('2025-03-20T14:00:00+01:00'));
    expect(Date.parse(snapshot.end)).toBe(Date.parse('2025-03-20T15:00:00+01:00'));
  });

  it('gives the same item the same id on every load, so "already logged" works', async () => {
    installOfficeStub({ item: { ...meeting, iCalUId: undefined }, user });
    const first = await readCurrentItem();
    installOfficeStub({ item: { ...meeting, iCalUId: undefined }, user });
    expect((await readCurrentItem())?.itemId).toBe(first?.itemId);
  });

  it('serves an item with only its type as empty values', async () => {
    installOfficeStub({ item: { itemType: 'message' }, user });
    expect(await readCurrentItem()).toMatchObject({
      subject: '',
      from: undefined,
      to: [],
      dateTimeCreated: '',
    });
  });

  it('serves "no item selected", with English as the default language', async () => {
    installOfficeStub({ item: null, user: { emailAddress: 'rep@relais.example' } });
    expect(await readCurrentItem()).toBeNull();
    expect(readMailboxContext()).toEqual({
      user: { emailAddress: 'rep@relais.example', displayName: 'rep@relais.example' },
      displayLanguage: 'en-US',
    });
  });

  it('fires ItemChanged when the harness selects another item, or none', async () => {
    const stub = installOfficeStub({ item: email, user });
    const seen: (OutlookItemSnapshot | null)[] = [];
    let wake: () => void = () => undefined;
    const stop = watchSelectedItem((snapshot) => {
      seen.push(snapshot);
      wake();
    });
    const next = (): Promise<void> => new Promise((resolve) => (wake = resolve));

    let delivered = next();
    stub.selectItem(meeting);
    await delivered;
    expect(seen[0]).toMatchObject({ itemType: 'appointment', subject: 'Revue trimestrielle' });

    delivered = next();
    stub.selectItem(null);
    await delivered;
    expect(seen[1]).toBeNull();

    stop();
    stub.selectItem(email);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(2);
  });
});

describe('the multi-select of the stub, read through the real src/office code', () => {
  it('serves the selected messages, each loaded in full, and follows a new selection', async () => {
    const second: PreviewItem = {
      ...email,
      internetMessageId: '<4522@dupont-industrie.fr>',
      subject: 'Relance',
    };
    const stub = installOfficeStub({ item: email, user });
    expect((await readSelectedItems()).map((m) => m.internetMessageId)).toEqual([
      '<4521@dupont-industrie.fr>',
    ]);

    let changed: () => void = () => undefined;
    const noticed = new Promise<void>((resolve) => (changed = resolve));
    const stop = watchSelectedItems(
      () => changed(),
      () => undefined,
    );
    stub.selectItem({ ...second, selectedItems: [email, second, meeting] });
    await noticed;
    const selected = await readSelectedItems();
    expect(
      selected.map((m) => [m.subject, m.from?.emailAddress, m.itemId?.startsWith('AAMkPreview')]),
    ).toEqual([
      ['Commande n°4521 — confirmation ✅', 'jean.dupont@dupont-industrie.fr', true],
      ['Relance', 'jean.dupont@dupont-industrie.fr', true],
    ]);
    stop();
  });
});

describe('decodeItemParam', () => {
  it('round-trips an item with non-ASCII text through base64url', () => {
    const param = encodeItemParam(email);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeItemParam(param)).toEqual(email);
    expect(decodeItemParam(encodeItemParam(meeting))).toEqual(meeting);
  });

  it('ignores unknown fields', () => {
    const param = encodeItemParam({ ...email, flagged: true } as PreviewItem);
    expect(decodeItemParam(param)).not.toHaveProperty('flagged');
  });

  const encodeJson = (value: unknown): string =>
    Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

  it.each([
    [{ subject: 'x' }, 'item.itemType', 'must be "message" or "appointment"'],
    [{ itemType: 'message', subject: 42 }, 'item.subject', 'must be a string'],
    [{ itemType: 'message', to: { emailAddress: 'a@b.example' } }, 'item.to', 'must be an array'],
    [
      { itemType: 'message', to: [{ emailAddress: 'a@b.example' }, { displayName: 'No address' }] },
      'item.to[1].emailAddress',
      'is required',
    ],
    [{ itemType: 'appointment', organizer: 'jean@acme.example' }, 'item.organizer', 'must be an object'],
    [{ itemType: 'appointment', start: 'next tuesday' }, 'item.start', 'must be an ISO 8601 date-time'],
    [
      { itemType: 'message', attachments: [{ size: 3 }] },
      'item.attachments[0]',
      'must be a file name or { name }',
    ],
    [
      { itemType: 'message', attachments: [{ name: 'a.pdf', size: -4 }] },
      'item.attachments[0].size',
      'must be a whole number of bytes',
    ],
    [
      { itemType: 'message', attachments: [{ name: 'a.pdf', isInline: 'yes' }] },
      'item.attachments[0].isInline',
      'must be true or false',
    ],
    [
      { itemType: 'message', selectedItems: [{ itemType: 'message' }, { itemType: 'message', from: {} }] },
      'item.selectedItems[1].from.emailAddress',
      'is required',
    ],
    [{ itemType: 'message', selectedItems: {} }, 'item.selectedItems', 'must be an array'],
    [[1, 2], 'item', 'must be a JSON object'],
  ])('names the bad field of %j', (value, field, problem) => {
    const error = (() => {
      try {
        return decodeItemParam(encodeJson(value));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PreviewItemError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toContain(`The ?item= parameter is invalid: ${field} ${problem}`);
  });

  it('tells base64url and JSON problems apart', () => {
    expect(() => decodeItemParam('%%%')).toThrow('item is not base64url-encoded UTF-8');
    expect(() => decodeItemParam(Buffer.from('{"itemType":', 'utf8').toString('base64url'))).toThrow(
      'item is not JSON',
    );
  });
});
