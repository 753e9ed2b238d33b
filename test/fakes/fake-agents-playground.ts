import { randomUUID } from 'node:crypto';
import { startJsonServer, type RecordedRequest } from './json-server';

/**
 * Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground` 0.2), on loopback: what it sends
 * to a bot and the connector it hosts for the bot's replies. As the real one with its default
 * configuration: no `Authorization` header on activities (none unless a client id is configured),
 * `serviceUrl` `http://…/_connector`, channel `msteams`, its own user Alex Wilber (`user-id-0`,
 * `aadObjectId` …020), the bot `00000000-0000-0000-0000-00000000000011`, a uuid personal chat, en-US;
 * its connector checks no token either. (Shapes as the real Playground was seen sending them.)
 */
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_USER = { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' };
const PLAYGROUND_BOT = { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' };

export type PlaygroundReply = RecordedRequest & { conversationId: string; activityId: string; replyToId?: string };

export const startFakeAgentsPlayground = async () => {
  let sequence = 0;
  const replies: PlaygroundReply[] = [];
  const server = await startJsonServer(({ method, path, headers, body }) => {
    // A chat the bot opens itself (a user it never heard from): the Playground makes a personal chat.
    if (method === 'POST' && path === '/_connector/v3/conversations') return { status: 201, body: { id: randomUUID() } };
    const reply = /^\/_connector\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (!reply || (method !== 'POST' && method !== 'PUT')) return { status: 404, body: { error: { code: 'NotFound', message: `${method} ${path}` } } };
    sequence += 1;
    const activityId = method === 'PUT' ? decodeURIComponent(reply[2]!) : `playground-activity-${sequence}`;
    replies.push({ method, path, headers, body, conversationId: decodeURIComponent(reply[1]!), activityId, ...(reply[2] && method === 'POST' ? { replyToId: decodeURIComponent(reply[2]) } : {}) });
    return { status: method === 'PUT' ? 200 : 201, body: { id: activityId } };
  });
  const serviceUrl = `${server.url.replace('127.0.0.1', 'localhost')}/_connector`;
  const personalChatId = randomUUID();

  const clientInfo = { locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/Paris', type: 'clientInfo' };
  const base = () => ({
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    recipient: PLAYGROUND_BOT,
    conversation: { id: personalChatId, conversationType: 'personal', tenantId: PLAYGROUND_TENANT_ID },
    from: { id: PLAYGROUND_USER.id, aadObjectId: PLAYGROUND_USER.aadObjectId, name: PLAYGROUND_USER.name },
    locale: 'en-US',
    localTimezone: 'Europe/Paris',
  });

  return {
    ...server,
    serviceUrl,
    personalChatId,
    replies,
    /** What the Playground sends when its page opens: the app is installed, then the bot and the user join the chat. */
    chatOpens: () => [
      {
        ...base(),
        type: 'installationUpdate',
        action: 'add',
        from: { id: PLAYGROUND_USER.id, aadObjectId: PLAYGROUND_USER.aadObjectId },
        entities: [{ type: 'clientInfo', locale: 'en-US' }],
        channelData: { tenant: { id: PLAYGROUND_TENANT_ID }, source: { name: 'message' }, settings: { selectedChannel: { id: personalChatId } } },
      },
      {
        ...base(),
        type: 'conversationUpdate',
        from: { id: PLAYGROUND_USER.id, aadObjectId: PLAYGROUND_USER.aadObjectId },
        membersAdded: [{ id: PLAYGROUND_BOT.id }, { id: PLAYGROUND_USER.id, aadObjectId: PLAYGROUND_USER.aadObjectId }],
        channelData: { tenant: { id: PLAYGROUND_TENANT_ID } },
      },
    ],
    /** The user types a message in the chat. */
    message: (text: string) => ({
      ...base(),
      type: 'message',
      text,
      textFormat: 'plain',
      channelData: { tenant: { id: PLAYGROUND_TENANT_ID } },
      entities: [clientInfo],
    }),
    /** The user clicks an `Action.Execute` button of a card the bot posted (`replyToId`: that card's activity). */
    execute: (action: { verb: string; data: Record<string, unknown> }, replyToId: string, inputs: Record<string, unknown> = {}) => ({
      ...base(),
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      channelData: { source: { name: 'message' }, tenant: { id: PLAYGROUND_TENANT_ID } },
      value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...action.data, ...inputs } }, trigger: 'manual' },
      entities: [clientInfo],
    }),
  };
};

export type FakeAgentsPlayground = Awaited<ReturnType<typeof startFakeAgentsPlayground>>;
