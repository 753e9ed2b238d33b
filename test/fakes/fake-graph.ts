import { startJsonServer } from './json-server';

export type GraphUser = { id: string; displayName: string; mail: string; userPrincipalName: string };

export const graphUser = (id: string, displayName: string): GraphUser => {
  const mail = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@contoso.fr`;
  return { id, displayName, mail, userPrincipalName: mail };
};

/** Who `/me` is: the user a bearer JWT names (`oid` from Entra, `sub` from the dev issuer). */
const meOf = (authorization: string): string | undefined => {
  try {
    const payload = JSON.parse(Buffer.from(authorization.replace(/^Bearer /, '').split('.')[1] ?? '', 'base64url').toString('utf8')) as { oid?: string; sub?: string };
    return payload.oid ?? payload.sub;
  } catch {
    return undefined;
  }
};

/**
 * Microsoft Graph's `GET /v1.0/users/{id}/manager` and `GET /v1.0/me/events/{id}?$select=iCalUId`,
 * speaking Graph's JSON: the manager as a user, or 404 `Request_ResourceNotFound` when there is none;
 * the event of the caller's own calendar (each mailbox has its own event ids for one meeting) or 404
 * `ErrorItemNotFound`; 503 for every call while "down".
 */
export const startFakeGraph = async () => {
  const managers = new Map<string, GraphUser>();
  const events = new Map<string, string>();
  let down = false;
  const server = await startJsonServer(({ method, path, headers }) => {
    if (down) return { status: 503, body: { error: { code: 'serviceNotAvailable', message: 'Service unavailable' } } };
    if (!/^Bearer \S+/.test(headers.authorization ?? '')) return { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } } };
    const eventId = /^\/v1\.0\/me\/events\/([^/?]+)(\?.*)?$/.exec(path)?.[1];
    if (method === 'GET' && eventId) {
      const me = meOf(headers.authorization ?? '');
      const iCalUId = me && events.get(`${me}\n${decodeURIComponent(eventId)}`);
      if (!iCalUId) return { status: 404, body: { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } } };
      return { status: 200, body: { '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#users('me')/events(iCalUId)/$entity", id: decodeURIComponent(eventId), iCalUId } };
    }
    const userId = /^\/v1\.0\/users\/([^/?]+)\/manager(\?.*)?$/.exec(path)?.[1];
    if (method !== 'GET' || !userId) return { status: 400, body: { error: { code: 'BadRequest', message: `Unsupported ${method} ${path}` } } };
    const manager = managers.get(decodeURIComponent(userId));
    if (!manager)
      return { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: `Resource 'manager' does not exist or one of its queried reference-property objects are not present.` } } };
    return { status: 200, body: { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity', '@odata.type': '#microsoft.graph.user', ...manager } };
  });
  return {
    ...server,
    setManager: (userId: string, manager: GraphUser | undefined) => (manager ? managers.set(userId, manager) : managers.delete(userId)),
    /** A meeting in a user's calendar: its id there (REST form) and its iCalUId, the same for every attendee. */
    setEvent: (userId: string, eventId: string, iCalUId: string) => events.set(`${userId}\n${eventId}`, iCalUId),
    eventCalls: () => server.requests.filter((r) => r.path.includes('/me/events/')),
    setDown: (value: boolean) => {
      down = value;
    },
    managerCalls: () => server.requests.filter((r) => r.path.includes('/manager')),
  };
};
