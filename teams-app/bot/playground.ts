/**
 * Microsoft 365 Agents Playground, the local Teams client Microsoft ships: it posts activities with no
 * Bot Framework token and hosts its own connector on loopback (`http://localhost:56150/_connector`).
 * The bot hears it in local dev mode only, and only from this machine with replies to this machine.
 */

/** The `aadObjectId` of the Playground's own user (Alex Wilber in its default configuration). */
export const PLAYGROUND_USER_OBJECT_ID = '00000000-0000-0000-0000-0000000000020';

/** The bot id in the Playground's default configuration (`recipient.id` of what it sends). */
export const PLAYGROUND_BOT_ID = '00000000-0000-0000-0000-00000000000011';

export type PlaygroundSettings = {
  /** The Relais user the Playground's own user acts as (a demo user, Marc Dubois by default). */
  actAs: { userId: string; name: string };
};

export type PlaygroundRequest = { body: unknown; peer?: string };

const isLoopbackHost = (host: string): boolean => host === 'localhost' || host === '[::1]' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);

export const isLoopbackUrl = (url: unknown): boolean => {
  if (typeof url !== 'string') return false;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && isLoopbackHost(hostname);
  } catch {
    return false;
  }
};

/** `127.0.0.1`, `::1` and IPv4-mapped `::ffff:127.0.0.1`: the socket peer the local host saw. */
const isLoopbackAddress = (address: string | undefined): boolean => !!address && (isLoopbackHost(address) || /^::ffff:127(\.\d{1,3}){3}$/.test(address));

type ActivityBody = { serviceUrl?: unknown; from?: { aadObjectId?: unknown; name?: unknown } & Record<string, unknown> } & Record<string, unknown>;

/**
 * The activity as the bot should read it, or undefined when it may not come from the Playground:
 * sent from another machine, or asking for replies elsewhere than loopback. The Playground's own
 * user becomes the configured demo user; other Playground users keep the ids its configuration gives.
 */
export const playgroundActivity = (request: PlaygroundRequest, settings: PlaygroundSettings): ActivityBody | undefined => {
  const body = request.body as ActivityBody | undefined;
  if (!body || typeof body !== 'object' || !isLoopbackAddress(request.peer) || !isLoopbackUrl(body.serviceUrl)) return undefined;
  if (body.from?.aadObjectId !== PLAYGROUND_USER_OBJECT_ID) return body;
  return { ...body, from: { ...body.from, aadObjectId: settings.actAs.userId, name: settings.actAs.name } };
};
