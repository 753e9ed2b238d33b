import { startJsonServer } from './json-server';

export type GraphUser = { id: string; displayName: string; mail: string; userPrincipalName: string };

export const graphUser = (id: string, displayName: string): GraphUser => {
  const mail = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@contoso.fr`;
  return { id, displayName, mail, userPrincipalName: mail };
};

/**
 * Microsoft Graph's `GET /v1.0/users/{id}/manager`, speaking Graph's JSON: the manager as a user, or
 * 404 `Request_ResourceNotFound` when there is none; 503 for every call while "down".
 */
export const startFakeGraph = async () => {
  const managers = new Map<string, GraphUser>();
  let down = false;
  const server = await startJsonServer(({ method, path, headers }) => {
    if (down) return { status: 503, body: { error: { code: 'serviceNotAvailable', message: 'Service unavailable' } } };
    if (!/^Bearer \S+/.test(headers.authorization ?? '')) return { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } } };
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
    setDown: (value: boolean) => {
      down = value;
    },
    managerCalls: () => server.requests.filter((r) => r.path.includes('/manager')),
  };
};
