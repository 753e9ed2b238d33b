import type { AppointmentSnapshot, MessageSnapshot } from '../office';
import { buildDraft, durationOf, occurredAtOf } from './build-draft';
import { itemParties } from './item-parties';

const message: MessageSnapshot = {
  itemType: 'message',
  subject: '  Commande de fûts  ',
  internetMessageId: '<1@brasserie-lemaire.fr>',
  conversationId: 'c1',
  from: { emailAddress: 'anne.lemaire@brasserie-lemaire.fr', displayName: 'Anne Lemaire' },
  to: [{ emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' }],
  cc: [{ emailAddress: 'Marc.Dubois@relais-demo.fr', displayName: 'Marc Dubois' }],
  dateTimeCreated: '2026-11-24T09:12:00+01:00',
  bodyExcerpt: 'Bonjour',
  attachments: [],
};

const meeting: AppointmentSnapshot = {
  itemType: 'appointment',
  mode: 'organizer',
  subject: 'Point annuel',
  organizer: { emailAddress: 'claire.martin@relais-demo.fr', displayName: 'Claire Martin' },
  requiredAttendees: [],
  optionalAttendees: [],
  start: '2026-11-26T14:00:00+01:00',
  end: '2026-11-26T15:30:00+01:00',
  location: ' Dunkerque ',
  attachments: [],
};

const fields = {
  medium: 'email' as const,
  direction: 'inbound' as const,
  purpose: ' Commande ',
  outcome: '',
  summary: '',
};

describe('the interaction the pane sends', () => {
  it('carries the source, the item facts, the ticked tiers, colleagues, follow-ups and changes', () => {
    const colleagues = itemParties(message).filter((p) => p.key === 'marc.dubois@relais-demo.fr');
    const draft = buildDraft({
      item: message,
      fields,
      tierIds: ['anne', 'lemaire'],
      colleagues,
      followUps: [
        { key: 'f1', title: ' Rappeler ', dueDate: '2026-12-01' },
        { key: 'f2', title: '  ', dueDate: '' },
      ],
      changeRequests: [
        { tierId: 'anne', changes: [{ path: 'phones', from: [], to: [{ type: 'mobile', number: '06' }] }] },
      ],
      now: new Date('2026-11-24T10:00:00Z'),
    });
    expect(draft).toEqual({
      source: { kind: 'email', id: '<1@brasserie-lemaire.fr>' },
      direction: 'inbound',
      medium: 'email',
      occurredAt: '2026-11-24T09:12:00+01:00',
      subject: 'Commande de fûts',
      purpose: 'Commande',
      participants: [{ tierId: 'anne' }, { tierId: 'lemaire' }],
      colleagues: [{ email: 'marc.dubois@relais-demo.fr', name: 'Marc Dubois' }],
      tasks: [{ title: 'Rappeler', dueDate: '2026-12-01' }],
      changeRequests: [
        { tierId: 'anne', changes: [{ path: 'phones', from: [], to: [{ type: 'mobile', number: '06' }] }] },
      ],
    });
  });

  it('logs an unsaved meeting without a source, with its duration and place', () => {
    const draft = buildDraft({
      item: meeting,
      fields: { ...fields, medium: 'meeting', purpose: '' },
      tierIds: ['x'],
      colleagues: [],
      followUps: [],
      changeRequests: [],
      now: new Date(),
    });
    expect(draft.source).toBeUndefined();
    expect(draft).toMatchObject({
      occurredAt: '2026-11-26T14:00:00+01:00',
      durationMinutes: 90,
      location: 'Dunkerque',
      medium: 'meeting',
    });
  });

  it('dates an item Outlook gave no date to now, with an offset', () => {
    expect(occurredAtOf({ ...message, dateTimeCreated: '' }, new Date('2026-11-24T10:00:00Z'))).toMatch(
      /^2026-11-24T\d{2}:00:00[+-]\d{2}:\d{2}$/,
    );
  });

  it('ignores a meeting ending before it starts', () => {
    expect(durationOf({ ...meeting, end: '2026-11-26T13:00:00+01:00' })).toBeUndefined();
    expect(durationOf(message)).toBeUndefined();
  });

  it('assigns a follow-up to the colleague the rep chose, and to the rep by default', () => {
    const draft = buildDraft({
      item: message,
      fields,
      tierIds: ['anne'],
      colleagues: [],
      followUps: [
        { key: 'f1', title: 'Devis', dueDate: '', assigneeId: 'hugo.bernard' },
        { key: 'f2', title: 'Relance', dueDate: '', assigneeId: '' },
      ],
      changeRequests: [],
      now: new Date('2026-11-24T10:00:00Z'),
    });
    expect(draft.tasks).toEqual([{ title: 'Devis', assigneeId: 'hugo.bernard' }, { title: 'Relance' }]);
  });

  it("logs a meeting under the iCalUId Graph gave, or without source when it has none", () => {
    const input = { item: { ...meeting, itemId: 'AAMk1' }, fields, tierIds: ['girard'], colleagues: [], followUps: [], changeRequests: [], now: new Date() };
    expect(buildDraft(input).source).toEqual({ kind: 'meeting', id: 'AAMk1', itemId: 'AAMk1' });
    expect(buildDraft({ ...input, source: { kind: 'meeting', id: 'ICAL-1' } }).source).toEqual({ kind: 'meeting', id: 'ICAL-1', itemId: 'AAMk1' });
    expect(buildDraft({ ...input, source: undefined })).not.toHaveProperty('source');
  });

  it('lists the attachments by name, size and type, never their content', () => {
    const item: MessageSnapshot = {
      ...message,
      attachments: [
        { id: 'a1', name: 'plan-accès (v2).pdf', size: 48213, contentType: 'application/pdf' },
        { id: 'a2', name: 'vide.txt', size: 0 },
        { id: 'a3', name: 'x'.repeat(300) },
      ],
    };
    const draft = buildDraft({ item, fields, tierIds: ['anne'], colleagues: [], followUps: [], changeRequests: [], now: new Date() });
    expect(draft.attachments).toEqual([
      { name: 'plan-accès (v2).pdf', size: 48213, contentType: 'application/pdf' },
      { name: 'vide.txt', size: 0 },
      { name: 'x'.repeat(255) },
    ]);
  });
});
