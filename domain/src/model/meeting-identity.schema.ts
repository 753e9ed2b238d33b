import { z } from 'zod';

/** `GET /api/meetings/identity?eventId=`: the meeting as the caller's calendar in Microsoft Graph names it. */
export const MeetingIdentityQuery = z
  .object({ eventId: z.string().trim().min(1, 'The meeting\'s Graph (REST) id is required.').max(1000) })
  .strict()
  .meta({ id: 'MeetingIdentityQuery' });

/**
 * The meeting's iCalendar UID, the same in every attendee's mailbox: what makes one meeting logged by
 * two reps one interaction. `iCalUId` is null when it could not be had, and `unresolved` says why.
 */
export const MeetingIdentity = z
  .object({
    eventId: z.string(),
    iCalUId: z.string().nullable(),
    unresolved: z.enum(['not-configured', 'not-found', 'unavailable']).optional(),
  })
  .meta({ id: 'MeetingIdentity' });
export type MeetingIdentity = z.infer<typeof MeetingIdentity>;
