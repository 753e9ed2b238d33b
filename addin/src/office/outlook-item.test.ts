import {
  allAddresses,
  inferDirection,
  sourceOf,
  type AppointmentSnapshot,
  type MessageSnapshot,
  type Party,
} from './outlook-item';

const someone = (emailAddress: string, displayName = ''): Party => ({ emailAddress, displayName });

const message = (overrides: Partial<MessageSnapshot> = {}): MessageSnapshot => ({
  itemType: 'message',
  subject: 'Devis',
  internetMessageId: '<m1@acme.example>',
  conversationId: 'c1',
  from: someone('jean@acme.example', 'Jean'),
  to: [someone('claire@relais.example', 'Claire')],
  cc: [],
  dateTimeCreated: '2025-03-14T09:30:00+01:00',
  bodyExcerpt: '',
  attachments: [],
  ...overrides,
});

const meeting = (overrides: Partial<AppointmentSnapshot> = {}): AppointmentSnapshot => ({
  itemType: 'appointment',
  mode: 'read',
  subject: 'Revue',
  itemId: 'AAMk-1',
  organizer: someone('claire@relais.example', 'Claire'),
  requiredAttendees: [someone('jean@acme.example')],
  optionalAttendees: [],
  start: '2025-03-20T14:00:00+01:00',
  end: '2025-03-20T15:00:00+01:00',
  location: '',
  attachments: [],
  ...overrides,
});

describe('sourceOf', () => {
  it('identifies an e-mail by its internetMessageId', () => {
    expect(sourceOf(message())).toEqual({ kind: 'email', id: '<m1@acme.example>' });
  });

  it('identifies a meeting by its iCalUId, else by its item id', () => {
    expect(sourceOf(meeting({ iCalUId: '040000008200E0' }))).toEqual({
      kind: 'meeting',
      id: '040000008200E0',
    });
    expect(sourceOf(meeting())).toEqual({ kind: 'meeting', id: 'AAMk-1' });
  });

  it('is undefined when the item has no id yet, so unrelated items never share one', () => {
    expect(sourceOf(message({ internetMessageId: '' }))).toBeUndefined();
    expect(sourceOf(meeting({ itemId: undefined, mode: 'organizer' }))).toBeUndefined();
  });
});

describe('inferDirection', () => {
  it('is outbound when the mailbox user sent the message, whatever the case', () => {
    expect(
      inferDirection(message({ from: someone('Claire@Relais.example') }), ' claire@relais.EXAMPLE'),
    ).toBe('outbound');
  });

  it('is inbound when someone else sent it', () => {
    expect(inferDirection(message(), 'claire@relais.example')).toBe('inbound');
  });

  it('is inbound when there is no sender or no known mailbox user', () => {
    expect(inferDirection(message({ from: undefined }), 'claire@relais.example')).toBe('inbound');
    expect(inferDirection(message({ from: someone('') }), '')).toBe('inbound');
  });

  it('follows the organizer for meetings', () => {
    expect(inferDirection(meeting(), 'claire@relais.example')).toBe('outbound');
    expect(
      inferDirection(meeting({ organizer: someone('jean@acme.example') }), 'claire@relais.example'),
    ).toBe('inbound');
  });
});

describe('allAddresses', () => {
  it('lists every address once, lower-cased, sender first', () => {
    const snapshot = message({
      from: someone('Jean@ACME.example'),
      to: [someone('claire@relais.example'), someone('jean@acme.example'), someone(' Paul@Acme.Example ')],
      cc: [someone('claire@RELAIS.example')],
    });
    expect(allAddresses(snapshot)).toEqual([
      'jean@acme.example',
      'claire@relais.example',
      'paul@acme.example',
    ]);
  });

  it('skips empty and non-SMTP addresses', () => {
    const snapshot = message({
      from: undefined,
      to: [
        someone('', 'Undisclosed recipients'),
        someone('/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jdupont'),
        someone('Jean Dupont <jean@acme.example>'),
        someone('not-an-address'),
        someone('lea@acme.example'),
      ],
    });
    expect(allAddresses(snapshot)).toEqual(['lea@acme.example']);
  });

  it('covers meeting attendees', () => {
    const snapshot = meeting({ optionalAttendees: [someone('lea@acme.example')] });
    expect(allAddresses(snapshot)).toEqual([
      'claire@relais.example',
      'jean@acme.example',
      'lea@acme.example',
    ]);
  });

  it('handles 200 recipients', () => {
    const to = Array.from({ length: 200 }, (_, index) =>
      someone(`Contact${index}@Client${index % 10}.example`),
    );
    const addresses = allAddresses(message({ to, cc: to.slice(0, 50) }));
    expect(addresses).toHaveLength(201);
    expect(addresses[1]).toBe('contact0@client0.example');
  });
});
