import { Client, GraphError, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import type { Calendar, CalendarEventLookup } from '@relais/domain';
import { BearerTokenMiddleware } from './bearer-token.middleware';
import { splitBaseUrl } from './graph-directory';

export type GraphCalendarOptions = {
  /** `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  /** A Graph token for the signed-in user (on their behalf): `/me` is them. */
  token: () => Promise<string>;
  timeoutMs: number;
  log?: (message: string) => void;
};

/**
 * The signed-in user's calendar over Microsoft Graph: `GET /me/events/{id}?$select=iCalUId` (delegated
 * permission Calendars.Read). A 404 means no such event in their calendar; any other failure (network,
 * throttling, 5xx, a token refused) means the calendar could not answer.
 */
export const createGraphCalendar = (options: GraphCalendarOptions): Calendar => {
  const client = Client.initWithMiddleware({
    ...splitBaseUrl(options.baseUrl),
    middleware: [new BearerTokenMiddleware(options.token), new HTTPMessageHandler()],
  });
  return {
    iCalUIdOf: async (eventId): Promise<CalendarEventLookup> => {
      try {
        const event = (await client
          .api(`/me/events/${encodeURIComponent(eventId)}`)
          .select(['iCalUId'])
          .option('signal', AbortSignal.timeout(options.timeoutMs))
          .get()) as { iCalUId?: string | null };
        if (event.iCalUId) return { kind: 'found', iCalUId: event.iCalUId };
        return { kind: 'unavailable', reason: 'Graph answered an event without iCalUId' };
      } catch (error) {
        if (error instanceof GraphError && (error.statusCode === 404 || error.statusCode === 400)) return { kind: 'not-found' };
        const reason = error instanceof GraphError ? `Graph answered ${error.statusCode} ${error.code ?? ''}`.trim() : String(error);
        options.log?.(`[relais] meeting identity lookup failed: ${reason}`);
        return { kind: 'unavailable', reason };
      }
    },
  };
};
