import {
  asyncFailure,
  asyncValue,
  failed,
  installMockOffice,
  party,
  textBody,
  uninstallOffice,
} from './office-mock.fixture';
import type { OfficeAsyncResult } from './office-api';
import { OfficeError } from './office-error';
import { readMailboxContext, officeReady } from './mailbox-context';
import { readCurrentItem } from './read-item';

const received = new Date('2025-03-14T08:30:00Z');

const readMessage = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  itemType: 'message',
  itemId: 'AAMkAGI2-message',
  subject: 'Renouvellement du contrat 2025',
  internetMessageId: '<CAF1234@mail.dupont-industrie.fr>',
  conversationId: 'AAQkAGI2-conversation',
  dateTimeCreated: received,
  from: party('jean.dupont@dupont-industrie.fr', 'Jean Dupont'),
  to: [party('claire.martin@relais.example', 'Claire Martin')],
  cc: [party('achats@dupont-industrie.fr', 'Service Achats')],
  attachments: [
    { id: 'AAMkATT1', name: 'devis-2025.pdf', size: 48213, contentType: 'application/pdf', isInline: false },
    { id: 'AAMkATT2', name: 'logo.png', size: 2048, contentType: 'image/png', isInline: true },
  ],
  body: textBody('Bonjour Claire,\n\nVoici le devis.\n\nCordialement,\nJean'),
  ...overrides,
});

const readAppointment = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  itemType: 'appointment',
  itemId: 'AAMkAGI2-meeting',
  subject: 'Revue trimestrielle',
  organizer: party('jean.dupont@dupont-industrie.fr', 'Jean Dupont'),
  requiredAttendees: [
    party('claire.martin@relais.example', 'Claire Martin'),
    party('paul@acme.example', 'Paul'),
  ],
  optionalAttendees: [party('lea@acme.example', 'Léa')],
  start: new Date('2025-03-20T13:00:00Z'),
  end: new Date('2025-03-20T14:00:00Z'),
  location: 'Salle Rivoli ',
  body: textBody('Ordre du jour'),
  ...overrides,
});

const sameInstant = (iso: string, date: Date): void => {
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(Date.parse(iso)).toBe(date.getTime());
};

afterEach(uninstallOffice);

describe('readCurrentItem: message in read mode', () => {
  it('reads every field the pane needs', async () => {
    installMockOffice({ item: readMessage() });
    const snapshot = await readCurrentItem();
    expect(snapshot).toMatchObject({
      itemType: 'message',
      subject: 'Renouvellement du contrat 2025',
      internetMessageId: '<CAF1234@mail.dupont-industrie.fr>',
      conversationId: 'AAQkAGI2-conversation',
      itemId: 'AAMkAGI2-message',
      from: { emailAddress: 'jean.dupont@dupont-industrie.fr', displayName: 'Jean Dupont' },
      to: [{ emailAddress: 'claire.martin@relais.example', displayName: 'Claire Martin' }],
      cc: [{ emailAddress: 'achats@dupont-industrie.fr', displayName: 'Service Achats' }],
      bodyExcerpt: 'Bonjour Claire,\n\nVoici le devis.\n\nCordialement,\nJean',
      attachments: [{ id: 'AAMkATT1', name: 'devis-2025.pdf', size: 48213, contentType: 'application/pdf' }],
    });
    sameInstant(snapshot?.itemType === 'message' ? snapshot.dateTimeCreated : '', received);
  });

  it('keeps non-inline attachments with odd names, empty and large files, and drops inline images', async () => {
    const attachments = [
      { id: 'A1', name: 'plan-accès (v2).pdf', size: 48213, contentType: 'application/pdf', isInline: false },
      { id: 'A2', name: 'vide.txt', size: 0, contentType: 'text/plain', isInline: false },
      { id: 'A3', name: 'maquette.zip', size: 150 * 1024 * 1024, contentType: 'application/zip', isInline: false },
      { id: 'A4', name: 'signature.png', size: 5120, contentType: 'image/png', isInline: true },
      { id: 'A5', name: '  ', size: 12, isInline: false },
      { id: 'A6', name: 'sans-taille.bin', size: -1, contentType: '', isInline: false },
    ];
    installMockOffice({ item: readMessage({ attachments }) });
    const snapshot = await readCurrentItem();
    expect(snapshot?.attachments).toEqual([
      { id: 'A1', name: 'plan-accès (v2).pdf', size: 48213, contentType: 'application/pdf' },
      { id: 'A2', name: 'vide.txt', size: 0, contentType: 'text/plain' },
      { id: 'A3', name: 'maquette.zip', size: 157286400, contentType: 'application/zip' },
      { id: 'A6', name: 'sans-taille.bin' },
    ]);
  });

  it("reads a meeting's attachments the same way", async () => {
    const attachments = [
      { id: 'M1', name: 'ordre du jour.docx', size: 20480, contentType: 'application/msword', isInline: false },
      { id: 'M2', name: 'logo.png', size: 100, contentType: 'image/png', isInline: true },
    ];
    installMockOffice({ item: readAppointment({ attachments }) });
    expect((await readCurrentItem())?.attachments).toEqual([
      { id: 'M1', name: 'ordre du jour.docx', size: 20480, contentType: 'application/msword' },
    ]);
  });

  it('keeps 200 recipients', async () => {
    const to = Array.from({ length: 200 }, (_, index) =>
      party(`contact${index}@client${index % 7}.example`, `Contact ${index}`),
    );
    installMockOffice({ item: readMessage({ to, cc: [] }) });
    const snapshot = await readCurrentItem();
    expect(snapshot?.itemType === 'message' && snapshot.to).toHaveLength(200);
  });

  it('gives an undefined sender and empty values when Outlook leaves fields out', async () => {
    installMockOffice({ item: { itemType: 'message' } });
    expect(await readCurrentItem()).toEqual({
      itemType: 'message',
      subject: '',
      internetMessageId: '',
      conversationId: '',
      from: undefined,
      to: [],
      cc: [],
      dateTimeCreated: '',
      bodyExcerpt: '',
      attachments: [],
    });
  });

  it('treats a blank sender as no sender', async () => {
    installMockOffice({ item: readMessage({ from: party('', '') }) });
    const snapshot = await readCurrentItem();
    expect(snapshot?.itemType === 'message' && snapshot.from).toBeUndefined();
  });

  it('keeps odd display names readable: quotes, commas, emoji, right-to-left', async () => {
    const to = [
      party('dupont@acme.example', '"Dupont, Jean (ACME)"'),
      party('oreilly@acme.example', "O'Reilly, Seán"),
      party('team@acme.example', '🚀 Team  Launch 👩‍👩‍👧'),
      party('mohammed@acme.example', '\u202Bمحمد الأحمد\u202C'),
      party('weird@acme.example', "'weird@acme.example'"),
      party('', 'Undisclosed recipients'),
    ];
    installMockOffice({ item: readMessage({ to }) });
    const snapshot = await readCurrentItem();
    expect(snapshot?.itemType === 'message' && snapshot.to).toEqual([
      { emailAddress: 'dupont@acme.example', displayName: 'Dupont, Jean (ACME)' },
      { emailAddress: 'oreilly@acme.example', displayName: "O'Reilly, Seán" },
      { emailAddress: 'team@acme.example', displayName: '🚀 Team Launch 👩‍👩‍👧' },
      { emailAddress: 'mohammed@acme.example', displayName: 'محمد الأحمد' },
      { emailAddress: 'weird@acme.example', displayName: 'weird@acme.example' },
      { emailAddress: '', displayName: 'Undisclosed recipients' },
    ]);
  });

  it('trims the body to an excerpt', async () => {
    const body = `\n\n   Bonjour,   \n\n\n\n${'mot '.repeat(400)}`;
    installMockOffice({ item: readMessage({ body: textBody(body) }) });
    const snapshot = await readCurrentItem();
    const excerpt = snapshot?.itemType === 'message' ? snapshot.bodyExcerpt : '';
    expect(excerpt.startsWith('Bonjour,\n\nmot mot')).toBe(true);
    expect(excerpt.endsWith('mot…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(500);
  });

  it('turns a failed body read into an OfficeError with a plain message', async () => {
    const body = {
      getAsync: (_: string, callback: (result: OfficeAsyncResult<never>) => void) =>
        callback(failed('Internal error')),
    };
    installMockOffice({ item: readMessage({ body }) });
    const error = await readCurrentItem().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OfficeError);
    expect(error).toMatchObject({
      code: 'OFFICE.CALL_FAILED',
      call: "the message's body",
      officeError: { code: 9002 },
    });
    expect((error as Error).message).toMatch(
      /^Outlook could not give the message's body \(Internal error\)\. Select the item again/,
    );
  });

  it('turns an Office call that throws into an OfficeError too', async () => {
    const body = {
      getAsync: () => {
        throw new Error('API not supported');
      },
    };
    installMockOffice({ item: readMessage({ body }) });
    await expect(readCurrentItem()).rejects.toMatchObject({
      code: 'OFFICE.CALL_FAILED',
      call: "the message's body",
    });
  });
});

describe('readCurrentItem: appointment', () => {
  it('reads a meeting in read mode', async () => {
    installMockOffice({ item: readAppointment({ iCalUId: '040000008200E00074C5B7101A82E008' }) });
    const snapshot = await readCurrentItem();
    expect(snapshot).toMatchObject({
      itemType: 'appointment',
      mode: 'read',
      subject: 'Revue trimestrielle',
      itemId: 'AAMkAGI2-meeting',
      iCalUId: '040000008200E00074C5B7101A82E008',
      organizer: { emailAddress: 'jean.dupont@dupont-industrie.fr', displayName: 'Jean Dupont' },
      requiredAttendees: [
        { emailAddress: 'claire.martin@relais.example', displayName: 'Claire Martin' },
        { emailAddress: 'paul@acme.example', displayName: 'Paul' },
      ],
      optionalAttendees: [{ emailAddress: 'lea@acme.example', displayName: 'Léa' }],
      location: 'Salle Rivoli',
    });
    if (snapshot?.itemType !== 'appointment') throw new Error('expected an appointment');
    sameInstant(snapshot.start, new Date('2025-03-20T13:00:00Z'));
    sameInstant(snapshot.end, new Date('2025-03-20T14:00:00Z'));
    expect(snapshot).not.toHaveProperty('bodyExcerpt');
  });

  it("gives a meeting without iCalUId its Graph id, for Relais to ask Graph the iCalUId", async () => {
    const asked: [string, string][] = [];
    const restIdOf = (itemId: string, version: string) => {
      asked.push([itemId, version]);
      return itemId.replace(/\//g, '-').replace(/\+/g, '_');
    };
    installMockOffice({ item: readAppointment({ itemId: 'AAMk/meeting+1=' }), restIdOf });
    expect(await readCurrentItem()).toMatchObject({ itemId: 'AAMk/meeting+1=', restId: 'AAMk-meeting_1=' });
    expect(asked).toEqual([['AAMk/meeting+1=', 'v2.0']]);

    installMockOffice({ item: readAppointment({ iCalUId: '040000008200E00074C5B7101A82E008' }), restIdOf });
    expect(await readCurrentItem()).not.toHaveProperty('restId');
    installMockOffice({ item: readAppointment({ itemId: 'AAMk/meeting+1=' }) });
    expect(await readCurrentItem()).not.toHaveProperty('restId');
    installMockOffice({ item: readAppointment(), restIdOf: () => { throw new Error('Invalid id'); } });
    expect(await readCurrentItem()).not.toHaveProperty('restId');
  });

  it('reads a meeting in organizer mode through getAsync', async () => {
    installMockOffice({
      item: {
        itemType: 'appointment',
        subject: asyncValue('Démo produit'),
        organizer: asyncValue(party('claire.martin@relais.example', 'Claire Martin')),
        requiredAttendees: asyncValue([party('paul@acme.example', 'Paul')]),
        optionalAttendees: asyncValue([]),
        start: asyncValue(new Date('2025-04-01T07:00:00Z')),
        end: asyncValue(new Date('2025-04-01T08:00:00Z')),
        location: asyncValue('Teams'),
        getItemIdAsync: (callback: (result: OfficeAsyncResult<string>) => void) =>
          callback({ status: 'succeeded', value: 'AAMkAGI2-saved' }),
      },
    });
    const snapshot = await readCurrentItem();
    expect(snapshot).toMatchObject({
      itemType: 'appointment',
      mode: 'organizer',
      subject: 'Démo produit',
      itemId: 'AAMkAGI2-saved',
      organizer: { emailAddress: 'claire.martin@relais.example', displayName: 'Claire Martin' },
      requiredAttendees: [{ emailAddress: 'paul@acme.example', displayName: 'Paul' }],
      optionalAttendees: [],
      location: 'Teams',
    });
    if (snapshot?.itemType !== 'appointment') throw new Error('expected an appointment');
    sameInstant(snapshot.start, new Date('2025-04-01T07:00:00Z'));
  });

  it('in organizer mode, an unsaved meeting has no id and the organizer defaults to the mailbox user', async () => {
    installMockOffice({
      item: {
        itemType: 'appointment',
        subject: asyncValue(''),
        start: asyncValue(new Date('2025-04-01T07:00:00Z')),
        getItemIdAsync: (callback: (result: OfficeAsyncResult<never>) => void) =>
          callback(failed('Item not saved')),
      },
    });
    const snapshot = await readCurrentItem();
    expect(snapshot).toMatchObject({
      mode: 'organizer',
      organizer: { emailAddress: 'Claire.Martin@relais.example', displayName: 'Claire Martin' },
      requiredAttendees: [],
      end: '',
      location: '',
    });
    expect(snapshot).not.toHaveProperty('itemId');
  });

  it('turns a failed organizer-mode read into an OfficeError naming what failed', async () => {
    installMockOffice({
      item: readAppointment({ subject: asyncValue('x'), start: asyncFailure('The operation failed.') }),
    });
    await expect(readCurrentItem()).rejects.toMatchObject({
      name: 'OfficeError',
      code: 'OFFICE.CALL_FAILED',
      call: "the meeting's start time",
    });
  });
});

describe('readCurrentItem: no usable item', () => {
  it('is null when nothing is selected', async () => {
    installMockOffice({ item: null });
    expect(await readCurrentItem()).toBeNull();
  });

  it('is null for an item that is neither a message nor a meeting', async () => {
    installMockOffice({ item: { itemType: 'task' } });
    expect(await readCurrentItem()).toBeNull();
  });

  it('rejects with OFFICE.UNAVAILABLE outside Office', async () => {
    await expect(readCurrentItem()).rejects.toMatchObject({ code: 'OFFICE.UNAVAILABLE' });
  });
});

describe('mailbox context', () => {
  it('gives the mailbox user and the display language', async () => {
    installMockOffice({ item: null, displayLanguage: 'fr-FR' });
    expect(await officeReady()).toEqual({ host: 'Outlook', platform: 'PC' });
    expect(readMailboxContext()).toEqual({
      user: { emailAddress: 'Claire.Martin@relais.example', displayName: 'Claire Martin' },
      displayLanguage: 'fr-FR',
    });
  });
});
