/** What the caller's calendar said about one of its events. Never throws: a failure is `unavailable`. */
export type CalendarEventLookup = { kind: 'found'; iCalUId: string } | { kind: 'not-found' } | { kind: 'unavailable'; reason: string };

/** The signed-in user's own calendar (Microsoft Graph, on their behalf). */
export type Calendar = {
  iCalUIdOf: (eventId: string) => Promise<CalendarEventLookup>;
};
