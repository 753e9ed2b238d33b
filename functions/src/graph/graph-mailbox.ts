import { Client, GraphError, HTTPMessageHandler, RetryHandler, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { CapturedItem, CaptureFolder, DeltaPage, Mailbox, SuggestionParticipant } from '@relais/domain';
import { BearerTokenMiddleware } from './bearer-token.middleware';
import { splitBaseUrl } from './graph-directory';

export type GraphMailboxOptions = {
  baseUrl: string;
  /** A Graph token for the rep (delegated Mail.ReadBasic, Calendars.ReadBasic): `/me` is them. */
  token: () => Promise<string>;
  /** Where Graph posts change and lifecycle notifications (the webhook, public over https in Azure). */
  notificationUrl: string;
  timeoutMs: number;
  /** Retries of a throttled (429) or unavailable (503, 504) call, waiting what Retry-After says. */
  maxRetries?: number;
};

type Address = { emailAddress?: { name?: string | null; address?: string | null } | null };
type GraphMessage = {
  id: string;
  '@removed'?: unknown;
  internetMessageId?: string | null;
  subject?: string | null;
  receivedDateTime?: string | null;
  sentDateTime?: string | null;
  from?: Address | null;
  toRecipients?: Address[] | null;
  ccRecipients?: Address[] | null;
  sensitivity?: string | null;
  isDraft?: boolean | null;
};
type GraphEvent = {
  id: string;
  '@removed'?: unknown;
  iCalUId?: string | null;
  subject?: string | null;
  start?: { dateTime: string; timeZone?: string } | null;
  organizer?: Address | null;
  attendees?: Address[] | null;
  sensitivity?: string | null;
  isCancelled?: boolean | null;
  isOrganizer?: boolean | null;
};
type DeltaAnswer<T> = { value: T[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };

const MESSAGE_FIELDS = ['internetMessageId', 'subject', 'receivedDateTime', 'sentDateTime', 'from', 'toRecipients', 'ccRecipients', 'sensitivity', 'isDraft'];
const EVENT_FIELDS = ['iCalUId', 'subject', 'start', 'organizer', 'attendees', 'sensitivity', 'isCancelled', 'isOrganizer'];
/** A followed delta stops after this many pages; the next notification goes on from its link. */
const MAX_PAGES = 50;
const CALENDAR_AHEAD_DAYS = 30;

const sensitivityOf = (value: string | null | undefined): CapturedItem['sensitivity'] =>
  value === 'private' || value === 'personal' || value === 'confidential' ? value : 'normal';

const participant = (role: SuggestionParticipant['role']) => (a: Address | null | undefined): SuggestionParticipant[] =>
  a?.emailAddress?.address ? [{ emailAddress: a.emailAddress.address, displayName: a.emailAddress.name ?? null, role }] : [];

const utc = (dateTime: string, timeZone?: string) => (timeZone === 'UTC' || !timeZone) && !/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? `${dateTime.replace(/\.\d+$/, '')}Z` : dateTime;

const messageItem = (folder: CaptureFolder, m: GraphMessage): CapturedItem[] => {
  if (m['@removed'] || !m.internetMessageId) return [];
  const occurredAt = (folder === 'sentitems' ? m.sentDateTime : m.receivedDateTime) ?? m.receivedDateTime ?? m.sentDateTime;
  if (!occurredAt) return [];
  return [
    {
      source: { kind: 'email', id: m.internetMessageId },
      itemId: m.id,
      subject: m.subject ?? null,
      occurredAt,
      direction: folder === 'sentitems' ? 'outbound' : 'inbound',
      medium: 'email',
      participants: [...participant('from')(m.from), ...(m.toRecipients ?? []).flatMap(participant('to')), ...(m.ccRecipients ?? []).flatMap(participant('cc'))],
      sensitivity: sensitivityOf(m.sensitivity),
      ...(m.isDraft ? { skip: 'draft' as const } : {}),
    },
  ];
};

const eventItem = (e: GraphEvent): CapturedItem[] => {
  if (e['@removed'] || !e.iCalUId || !e.start) return [];
  return [
    {
      source: { kind: 'meeting', id: e.iCalUId },
      itemId: e.id,
      subject: e.subject ?? null,
      occurredAt: utc(e.start.dateTime, e.start.timeZone),
      direction: e.isOrganizer ? 'outbound' : 'inbound',
      medium: 'meeting',
      participants: [...participant('organizer')(e.organizer), ...(e.attendees ?? []).flatMap(participant('attendee'))],
      sensitivity: sensitivityOf(e.sensitivity),
      ...(e.isCancelled ? { skip: 'cancelled' as const } : {}),
    },
  ];
};

const resourceOf = (folder: CaptureFolder) => (folder === 'calendar' ? 'me/events' : `me/mailFolders('${folder}')/messages`);

/**
 * One rep's mailbox over Microsoft Graph, headers only: subscriptions (with lifecycle notifications)
 * on the inbox, sent items and calendar, and delta queries followed to their delta link. Throttling
 * (429) and unavailability (503, 504) are retried by the client's retry handler, waiting what
 * Retry-After says; past its retries the call fails and the queue's backoff takes over.
 */
export const createGraphMailbox = (options: GraphMailboxOptions): Mailbox => {
  const client = Client.initWithMiddleware({
    ...splitBaseUrl(options.baseUrl),
    middleware: [new BearerTokenMiddleware(options.token), new RetryHandler(new RetryHandlerOptions(1, options.maxRetries ?? 3)), new HTTPMessageHandler()],
  });
  const signal = () => AbortSignal.timeout(options.timeoutMs);

  // Graph's links are absolute; the client takes an absolute URL only on Graph's own hosts, so a link on the configured base goes as its path.
  const base = options.baseUrl.replace(/\/+$/, '');
  const relative = (link: string) => (link.startsWith(`${base}/`) ? link.slice(base.length) : link);

  const follow = async <T>(first: string, toItems: (value: T) => CapturedItem[]): Promise<DeltaPage> => {
    const items: CapturedItem[] = [];
    let next: string | undefined = relative(first);
    for (let page = 0; next && page < MAX_PAGES; page += 1) {
      const answer = (await client.api(next).header('Prefer', 'odata.maxpagesize=50').option('signal', signal()).get()) as DeltaAnswer<T>;
      items.push(...answer.value.flatMap(toItems));
      if (answer['@odata.deltaLink']) return { items, deltaLink: answer['@odata.deltaLink'] };
      next = answer['@odata.nextLink'] && relative(answer['@odata.nextLink']);
    }
    // Cut short: the last next link is where the following read resumes.
    if (!next) throw new Error('Graph ended a delta query without a delta link.');
    return { items, deltaLink: next };
  };

  return {
    subscribe: async (folder, clientState, expiresAt) => {
      const created = (await client
        .api('/subscriptions')
        .option('signal', signal())
        .post({
          changeType: folder === 'calendar' ? 'created,updated' : 'created',
          notificationUrl: options.notificationUrl,
          lifecycleNotificationUrl: options.notificationUrl,
          resource: resourceOf(folder),
          expirationDateTime: expiresAt,
          clientState,
        })) as { id: string; expirationDateTime: string };
      return { id: created.id, expiresAt: created.expirationDateTime };
    },
    renew: async (subscriptionId, expiresAt) => {
      try {
        await client.api(`/subscriptions/${encodeURIComponent(subscriptionId)}`).option('signal', signal()).patch({ expirationDateTime: expiresAt });
        return 'renewed';
      } catch (error) {
        if (error instanceof GraphError && error.statusCode === 404) return 'gone';
        throw error;
      }
    },
    unsubscribe: async (subscriptionId) => {
      try {
        await client.api(`/subscriptions/${encodeURIComponent(subscriptionId)}`).option('signal', signal()).delete();
      } catch (error) {
        if (!(error instanceof GraphError && error.statusCode === 404)) throw error;
      }
    },
    delta: (folder, from) => {
      if (folder === 'calendar') {
        if ('deltaLink' in from) return follow<GraphEvent>(from.deltaLink, eventItem);
        const end = new Date(Date.now() + CALENDAR_AHEAD_DAYS * 86_400_000).toISOString();
        const query = new URLSearchParams({ startDateTime: from.since, endDateTime: end, $select: EVENT_FIELDS.join(',') });
        return follow<GraphEvent>(`/me/calendarView/delta?${query.toString()}`, eventItem);
      }
      const toItems = (m: GraphMessage) => messageItem(folder, m);
      if ('deltaLink' in from) return follow<GraphMessage>(from.deltaLink, toItems);
      const field = folder === 'sentitems' ? 'sentDateTime' : 'receivedDateTime';
      const query = new URLSearchParams({ $select: MESSAGE_FIELDS.join(','), $filter: `${field} ge ${from.since}` });
      return follow<GraphMessage>(`/me/mailFolders/${folder}/messages/delta?${query.toString()}`, toItems);
    },
  };
};
