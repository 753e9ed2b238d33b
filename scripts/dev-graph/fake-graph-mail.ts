import { randomUUID } from 'node:crypto';
import { startJsonServer, type JsonReply } from './json-server';

/**
 * A local Microsoft Graph for suggested logs, speaking Graph's protocol on loopback: subscriptions
 * (created only after the validation handshake with the notification URLs, renewed by PATCH, gone
 * once expired), change and lifecycle notifications carrying the client state, delta queries on
 * mail folders and the calendar view with `@odata.nextLink` pages and an `@odata.deltaLink`, and
 * throttling (429 with Retry-After) on demand. `npm start` runs it with a seeded mailbox; the tests
 * drive it.
 */

export type MailAddress = { emailAddress: { name: string; address: string } };
export type FakeMessage = {
  id: string;
  internetMessageId: string;
  subject: string;
  receivedDateTime: string;
  sentDateTime: string;
  from: MailAddress;
  toRecipients: MailAddress[];
  ccRecipients: MailAddress[];
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  isDraft: boolean;
};
export type FakeEvent = {
  id: string;
  iCalUId: string;
  subject: string;
  start: { dateTime: string; timeZone: 'UTC' };
  end: { dateTime: string; timeZone: 'UTC' };
  organizer: MailAddress;
  attendees: (MailAddress & { type: 'required' | 'optional' })[];
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  isCancelled: boolean;
  isOrganizer: boolean;
};
export type Folder = 'inbox' | 'sentitems' | 'calendar';
type Change = { seq: number; userId: string; folder: Folder; item: FakeMessage | FakeEvent };
type Subscription = {
  id: string;
  userId: string;
  folder: Folder;
  resource: string;
  changeType: string;
  notificationUrl: string;
  lifecycleNotificationUrl?: string;
  clientState?: string;
  expirationDateTime: string;
};
type Cursor = { after: number; upTo: number; since?: string; offset: number };

const TENANT = '00000000-0000-0000-0000-00000000f00d';
/** Graph's maximum for mail and calendar subscriptions: 10,080 minutes. */
const MAX_LIFETIME_MS = 10_080 * 60_000;
const DEFAULT_PAGE = 10;

const graphError = (status: number, code: string, message: string, headers?: Record<string, string>): JsonReply => ({ status, body: { error: { code, message } }, ...(headers ? { headers } : {}) });

/** Who `/me` is: the user a bearer JWT names (`oid` from Entra, `sub` from the dev issuer). */
const meOf = (authorization: string | undefined): string | undefined => {
  try {
    const payload = JSON.parse(Buffer.from((authorization ?? '').replace(/^Bearer /, '').split('.')[1] ?? '', 'base64url').toString('utf8')) as { oid?: string; sub?: string };
    return payload.oid ?? payload.sub;
  } catch {
    return undefined;
  }
};

const folderOfResource = (resource: string): Folder | undefined => {
  const mail = /^\/?(?:me|users\/[^/]+)\/mailFolders(?:\('([A-Za-z]+)'\)|\/([A-Za-z]+))\/messages$/i.exec(resource);
  const name = (mail?.[1] ?? mail?.[2])?.toLowerCase();
  if (name === 'inbox' || name === 'sentitems') return name;
  return /^\/?(?:me|users\/[^/]+)\/events$/i.test(resource) ? 'calendar' : undefined;
};

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
const decodeCursor = (token: string): Cursor | undefined => {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
  } catch {
    return undefined;
  }
};

const occurredOf = (folder: Folder, item: FakeMessage | FakeEvent) =>
  folder === 'calendar' ? `${(item as FakeEvent).start.dateTime}Z` : folder === 'sentitems' ? (item as FakeMessage).sentDateTime : (item as FakeMessage).receivedDateTime;

export const startFakeGraphMail = async (options: { pageSize?: number; log?: (line: string) => void } = {}) => {
  const changes: Change[] = [];
  const subscriptions = new Map<string, Subscription>();
  let seq = 0;
  let throttled = 0;
  let retryAfterSeconds = 1;
  const throttledCalls: string[] = [];
  const deliveries: { url: string; status: number; body: unknown }[] = [];

  const post = async (url: string, body: unknown): Promise<number> => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
      deliveries.push({ url, status: response.status, body });
      return response.status;
    } catch (error) {
      options.log?.(`[dev-graph] notification to ${url} failed: ${String(error)}`);
      deliveries.push({ url, status: 0, body });
      return 0;
    }
  };

  /** Graph's handshake: the endpoint must answer the token, as text/plain, within 10 s. */
  const validates = async (url: string): Promise<boolean> => {
    const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
    try {
      const target = new URL(url);
      target.searchParams.set('validationToken', token);
      const response = await fetch(target, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, signal: AbortSignal.timeout(10_000) });
      return response.status === 200 && /^text\/plain/.test(response.headers.get('content-type') ?? '') && (await response.text()) === token;
    } catch {
      return false;
    }
  };

  const live = (s: Subscription) => Date.parse(s.expirationDateTime) > Date.now();

  const notify = (change: Change) =>
    Promise.all(
      [...subscriptions.values()]
        .filter((s) => s.userId === change.userId && s.folder === change.folder && live(s))
        .map((s) =>
          post(s.notificationUrl, {
            value: [
              {
                subscriptionId: s.id,
                subscriptionExpirationDateTime: s.expirationDateTime,
                changeType: 'created',
                resource: `Users/${s.userId}/${change.folder === 'calendar' ? 'Events' : 'Messages'}/${change.item.id}`,
                resourceData: { '@odata.type': change.folder === 'calendar' ? '#Microsoft.Graph.Event' : '#Microsoft.Graph.Message', id: change.item.id },
                ...(s.clientState ? { clientState: s.clientState } : {}),
                tenantId: TENANT,
              },
            ],
          }),
        ),
    );

  const latest = (userId: string, folder: Folder, after: number, upTo: number, since?: string) => {
    const byId = new Map<string, Change>();
    for (const c of changes) if (c.userId === userId && c.folder === folder && c.seq > after && c.seq <= upTo) byId.set(c.item.id, c);
    return [...byId.values()].filter((c) => !since || occurredOf(folder, c.item) >= since).sort((a, b) => a.seq - b.seq);
  };

  const deltaPage = (base: string, userId: string, folder: Folder, cursor: Cursor, pageSize: number): JsonReply => {
    const all = latest(userId, folder, cursor.after, cursor.upTo, cursor.since);
    const page = all.slice(cursor.offset, cursor.offset + pageSize);
    const path = folder === 'calendar' ? '/v1.0/me/calendarView/delta' : `/v1.0/me/mailFolders/${folder}/messages/delta`;
    const more = cursor.offset + pageSize < all.length;
    const link = more
      ? { '@odata.nextLink': `${base}${path}?$skiptoken=${encodeCursor({ ...cursor, offset: cursor.offset + pageSize })}` }
      : { '@odata.deltaLink': `${base}${path}?$deltatoken=${encodeCursor({ after: cursor.upTo, upTo: cursor.upTo, offset: 0 })}` };
    return { status: 200, body: { '@odata.context': `${base}/v1.0/$metadata#Collection(${folder === 'calendar' ? 'event' : 'message'})`, value: page.map((c) => c.item), ...link } };
  };

  let baseUrl = '';
  const server = await startJsonServer(async ({ method, path, headers, body }) => {
    const url = new URL(path, 'http://graph.local');
    const me = meOf(headers.authorization);
    if (!me) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (throttled > 0) {
      throttled -= 1;
      throttledCalls.push(`${method} ${url.pathname}`);
      return graphError(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(retryAfterSeconds) });
    }
    const pageSize = Number(/odata\.maxpagesize=(\d+)/.exec(headers.prefer ?? '')?.[1] ?? options.pageSize ?? DEFAULT_PAGE);

    if (method === 'POST' && url.pathname === '/v1.0/subscriptions') {
      const request = body as Partial<Subscription> | undefined;
      const folder = request?.resource ? folderOfResource(request.resource) : undefined;
      if (!request?.notificationUrl || !request.changeType || !request.expirationDateTime || !folder)
        return graphError(400, 'InvalidRequest', 'A subscription needs changeType, notificationUrl, a supported resource and expirationDateTime.');
      const expires = Date.parse(request.expirationDateTime);
      if (!(expires > Date.now()) || expires - Date.now() > MAX_LIFETIME_MS) return graphError(400, 'InvalidRequest', 'Subscription expiration can only be 10080 minutes in the future.');
      const urls = [request.notificationUrl, ...(request.lifecycleNotificationUrl ? [request.lifecycleNotificationUrl] : [])];
      for (const target of urls)
        if (!(await validates(target))) return graphError(400, 'ValidationError', `Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request: ${target}`);
      const subscription: Subscription = {
        id: randomUUID(),
        userId: me,
        folder,
        resource: request.resource!,
        changeType: request.changeType,
        notificationUrl: request.notificationUrl,
        ...(request.lifecycleNotificationUrl ? { lifecycleNotificationUrl: request.lifecycleNotificationUrl } : {}),
        ...(request.clientState ? { clientState: request.clientState } : {}),
        expirationDateTime: new Date(expires).toISOString(),
      };
      subscriptions.set(subscription.id, subscription);
      const { userId: _, folder: __, ...shown } = subscription;
      return { status: 201, body: { '@odata.context': `${baseUrl}/v1.0/$metadata#subscriptions/$entity`, ...shown } };
    }
    const subscriptionId = /^\/v1\.0\/subscriptions\/([^/]+)$/.exec(url.pathname)?.[1];
    if (subscriptionId) {
      const found = subscriptions.get(decodeURIComponent(subscriptionId));
      // An expired subscription is deleted by Graph: renewing it is a 404.
      if (!found || found.userId !== me || !live(found)) {
        if (found && !live(found)) subscriptions.delete(found.id);
        return graphError(404, 'ResourceNotFound', `The object was not found.`);
      }
      if (method === 'DELETE') {
        subscriptions.delete(found.id);
        return { status: 204 };
      }
      if (method === 'PATCH') {
        const expires = Date.parse((body as { expirationDateTime?: string } | undefined)?.expirationDateTime ?? '');
        if (!(expires > Date.now()) || expires - Date.now() > MAX_LIFETIME_MS) return graphError(400, 'InvalidRequest', 'Subscription expiration can only be 10080 minutes in the future.');
        found.expirationDateTime = new Date(expires).toISOString();
        return { status: 200, body: { id: found.id, resource: found.resource, expirationDateTime: found.expirationDateTime } };
      }
    }
    const mailDelta = /^\/v1\.0\/me\/mailFolders\/([A-Za-z]+)\/messages\/delta$/.exec(url.pathname)?.[1]?.toLowerCase();
    const folder: Folder | undefined = mailDelta === 'inbox' || mailDelta === 'sentitems' ? mailDelta : url.pathname === '/v1.0/me/calendarView/delta' ? 'calendar' : undefined;
    if (method === 'GET' && folder) {
      const token = url.searchParams.get('$deltatoken') ?? url.searchParams.get('$skiptoken');
      if (token) {
        const cursor = decodeCursor(token);
        if (!cursor) return graphError(400, 'InvalidRequest', 'The delta token is not valid.');
        return deltaPage(baseUrl, me, folder, url.searchParams.has('$deltatoken') ? { ...cursor, upTo: seq, offset: 0 } : cursor, pageSize);
      }
      const filter = /^(?:receivedDateTime|sentDateTime) ge (\S+)$/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      const since = folder === 'calendar' ? (url.searchParams.get('startDateTime') ?? undefined) : filter;
      if (folder === 'calendar' && !since) return graphError(400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required.');
      return deltaPage(baseUrl, me, folder, { after: 0, upTo: seq, ...(since ? { since } : {}), offset: 0 }, pageSize);
    }
    const eventId = /^\/v1\.0\/me\/events\/([^/]+)$/.exec(url.pathname)?.[1];
    if (method === 'GET' && eventId) {
      const event = changes.find((c) => c.userId === me && c.folder === 'calendar' && c.item.id === decodeURIComponent(eventId))?.item as FakeEvent | undefined;
      if (!event) return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      return { status: 200, body: { id: event.id, iCalUId: event.iCalUId } };
    }
    return graphError(400, 'BadRequest', `Unsupported ${method} ${url.pathname}`);
  });
  baseUrl = server.url;

  const add = (userId: string, folder: Folder, item: FakeMessage | FakeEvent, notifyNow: boolean) => {
    seq += 1;
    const change: Change = { seq, userId, folder, item };
    changes.push(change);
    return notifyNow ? notify(change) : Promise.resolve([]);
  };

  return {
    url: server.url,
    /** What the production code calls Graph's base URL. */
    graphBaseUrl: `${server.url}/v1.0`,
    requests: server.requests,
    stop: server.stop,
    /** A message lands in a folder; its subscribers are notified (unless `notify: false`: Graph's notification was lost). */
    addMessage: (userId: string, folder: 'inbox' | 'sentitems', message: FakeMessage, opts: { notify?: boolean } = {}) => add(userId, folder, message, opts.notify ?? true),
    addEvent: (userId: string, event: FakeEvent, opts: { notify?: boolean } = {}) => add(userId, 'calendar', event, opts.notify ?? true),
    /** Graph notifying the same item again (it delivers at least once). */
    notifyAgain: (userId: string, itemId: string) => {
      const change = [...changes].reverse().find((c) => c.userId === userId && c.item.id === itemId);
      return change ? notify(change) : Promise.resolve([]);
    },
    /** The item changes (read, flagged): the next delta returns it again, with no notification for a `created` subscription. */
    touch: (userId: string, itemId: string) => {
      const change = [...changes].reverse().find((c) => c.userId === userId && c.item.id === itemId);
      if (change) void add(userId, change.folder, change.item, false);
    },
    lifecycle: async (subscriptionId: string, lifecycleEvent: 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed') => {
      const s = subscriptions.get(subscriptionId);
      if (!s?.lifecycleNotificationUrl) return 0;
      if (lifecycleEvent === 'subscriptionRemoved') subscriptions.delete(s.id);
      return post(s.lifecycleNotificationUrl, { value: [{ subscriptionId: s.id, subscriptionExpirationDateTime: s.expirationDateTime, tenantId: TENANT, ...(s.clientState ? { clientState: s.clientState } : {}), lifecycleEvent }] });
    },
    subscriptionsOf: (userId: string) => [...subscriptions.values()].filter((s) => s.userId === userId && live(s)),
    /** Every subscription of the user lapses now, as if nothing renewed them in time. */
    expireAll: (userId: string) => {
      for (const s of subscriptions.values()) if (s.userId === userId) s.expirationDateTime = new Date(Date.now() - 1000).toISOString();
    },
    /** The next `count` calls answer 429 with Retry-After. */
    throttle: (count: number, seconds = 1) => {
      throttled = count;
      retryAfterSeconds = seconds;
    },
    throttledCalls,
    deliveries,
    /** Calls that read the mailbox (delta queries), for "nothing read" checks. */
    reads: () => server.requests.filter((r) => r.method === 'GET' && r.path.includes('/delta')),
  };
};

export type FakeGraphMail = Awaited<ReturnType<typeof startFakeGraphMail>>;

const address = (name: string, email: string): MailAddress => ({ emailAddress: { name, address: email } });

/** A message's headers, with sensible defaults: what a test or the demo seed writes in one line. */
export const fakeMessage = (m: { id?: string; from: [string, string]; to: [string, string][]; cc?: [string, string][]; subject: string; at: string; sensitivity?: FakeMessage['sensitivity']; isDraft?: boolean }): FakeMessage => {
  const id = m.id ?? randomUUID().replace(/-/g, '');
  return {
    id: `AAMk${id}`,
    internetMessageId: `<${id}@mail.example.fr>`,
    subject: m.subject,
    receivedDateTime: m.at,
    sentDateTime: m.at,
    from: address(...m.from),
    toRecipients: m.to.map((t) => address(...t)),
    ccRecipients: (m.cc ?? []).map((t) => address(...t)),
    sensitivity: m.sensitivity ?? 'normal',
    isDraft: m.isDraft ?? false,
  };
};
