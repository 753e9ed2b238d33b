import type { RelaisApi } from '../api/relais-api';
import type { AppointmentSnapshot, MessageSnapshot } from '../office';
import { resolveSource } from './item-source';

const meeting: AppointmentSnapshot = {
  itemType: 'appointment',
  mode: 'read',
  subject: 'Point annuel',
  itemId: 'AAMk/1=',
  restId: 'AAMk-1=',
  organizer: undefined,
  requiredAttendees: [],
  optionalAttendees: [],
  start: '',
  end: '',
  location: '',
  attachments: [],
};
const apiAnswering = (answer: () => Promise<unknown>) => {
  const asked: string[] = [];
  const api = {
    meetingIdentity: (eventId: string) => {
      asked.push(eventId);
      return answer();
    },
  } as unknown as RelaisApi;
  return { api, asked };
};

describe('what an item is logged under', () => {
  it("is a meeting's iCalUId when Graph gives it", async () => {
    const { api, asked } = apiAnswering(async () => ({ eventId: 'AAMk-1=', iCalUId: 'ICAL-1' }));
    expect(await resolveSource(api, meeting)).toEqual({ source: { kind: 'meeting', id: 'ICAL-1' }, fallback: false });
    expect(asked).toEqual(['AAMk-1=']);
  });

  it("falls back to the mailbox's item id, saying so, when Graph cannot answer or the call fails", async () => {
    const unresolved = apiAnswering(async () => ({ eventId: 'AAMk-1=', iCalUId: null, unresolved: 'unavailable' }));
    expect(await resolveSource(unresolved.api, meeting)).toEqual({ source: { kind: 'meeting', id: 'AAMk/1=' }, fallback: true });
    const failing = apiAnswering(() => Promise.reject(new Error('network')));
    expect(await resolveSource(failing.api, meeting)).toEqual({ source: { kind: 'meeting', id: 'AAMk/1=' }, fallback: true });
  });

  it('asks nothing for a message or a meeting whose iCalUId is known; without a Graph id, falls back', async () => {
    const { api, asked } = apiAnswering(async () => ({ eventId: '', iCalUId: 'never' }));
    const message = { itemType: 'message', internetMessageId: '<1@x.fr>' } as MessageSnapshot;
    expect(await resolveSource(api, message)).toEqual({ source: { kind: 'email', id: '<1@x.fr>' }, fallback: false });
    expect(await resolveSource(api, { ...meeting, iCalUId: 'ICAL-2' })).toEqual({ source: { kind: 'meeting', id: 'ICAL-2' }, fallback: false });
    const { restId: _none, ...withoutRestId } = meeting;
    expect(await resolveSource(api, withoutRestId)).toEqual({ source: { kind: 'meeting', id: 'AAMk/1=' }, fallback: true });
    const { itemId: _unsaved, ...unsaved } = withoutRestId;
    expect(await resolveSource(api, unsaved)).toEqual({ source: undefined, fallback: false });
    expect(asked).toEqual([]);
  });
});
