import { meetingIdentity } from '@relais/domain';
import { MeetingIdentity, MeetingIdentityQuery } from '@relais/domain';
import { queryObject } from '../request-body';
import { ok } from '../responses';
import type { Route } from '../route';

const bearer = (authorization: string | null): string => /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';

export const meetingRoutes: Route[] = [
  {
    name: 'meetings-identity',
    docs: { summary: "A meeting's iCalUId from the caller's calendar (Microsoft Graph, on their behalf)", tag: 'interactions', query: MeetingIdentityQuery, responses: { 200: { description: 'The meeting’s identity.', schema: MeetingIdentity } } },
    method: 'GET',
    path: 'meetings/identity',
    handler: async (request, { caller, services }) => {
      const calendar = services.calendarFor?.({ userId: caller.userId, assertion: bearer(request.headers.get('authorization')) });
      return ok(await meetingIdentity(calendar, queryObject(request)));
    },
  },
];
