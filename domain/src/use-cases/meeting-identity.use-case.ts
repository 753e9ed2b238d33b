import { parseInput } from '../errors/parse-input';
import { MeetingIdentityQuery, type MeetingIdentity } from '../model/meeting-identity.schema';
import type { Calendar } from '../ports/calendar.port';

/**
 * A meeting's iCalUId from the caller's calendar; without a calendar (Graph not set up) or when it
 * cannot answer, says so and the client keeps its own id for the meeting.
 */
export const meetingIdentity = async (calendar: Calendar | undefined, input: unknown): Promise<MeetingIdentity> => {
  const { eventId } = parseInput(MeetingIdentityQuery, input);
  if (!calendar) return { eventId, iCalUId: null, unresolved: 'not-configured' };
  const found = await calendar.iCalUIdOf(eventId);
  return found.kind === 'found' ? { eventId, iCalUId: found.iCalUId } : { eventId, iCalUId: null, unresolved: found.kind };
};
