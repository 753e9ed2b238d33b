import { startApi, type TestApi, type TestUser } from '../support/api-harness';
import { cardOf, startFakeBotConnector, type ConnectorCall } from '../fakes/fake-bot-connector';
import { startFakeEntra } from '../fakes/fake-entra';
import { graphUser, startFakeGraph } from '../fakes/fake-graph';

export const BOT_APP_ID = '00000000-0000-4000-8000-00000000b07a';
export const TENANT_ID = '11111111-1111-4111-8111-111111111111';
const BOT_SECRET = 'bot-secret';

export type Person = TestUser & { token: string };

/**
 * A real Relais API (over Azurite) with its Teams bot, wired to fakes of Microsoft Entra ID (tokens),
 * Microsoft Graph (managers) and the Bot Connector (where cards go, and who signs what Teams sends).
 * Activities are sent to `POST /api/bot/messages` as Teams sends them, with a Bot Framework token.
 */
export const startApprovals = async (env: Record<string, string> = {}) => {
  const entra = await startFakeEntra(BOT_SECRET);
  const graph = await startFakeGraph();
  const connector = await startFakeBotConnector();
  const api: TestApi = await startApi({
    RELAIS_BOT_APP_ID: BOT_APP_ID,
    RELAIS_BOT_APP_PASSWORD: BOT_SECRET,
    RELAIS_BOT_TENANT_ID: TENANT_ID,
    RELAIS_ENTRA_LOGIN_URL: entra.url,
    RELAIS_GRAPH_BASE_URL: `${graph.url}/v1.0`,
    RELAIS_GRAPH_TIMEOUT_MS: '10000',
    RELAIS_BOT_OPENID_METADATA_URL: `${connector.url}/v1/.well-known/openidconfiguration`,
    RELAIS_BOT_SERVICE_URL: connector.url,
    RELAIS_BOT_LOG_LEVEL: 'silent',
    ...env,
  });

  const person = async (user: TestUser, manager?: TestUser): Promise<Person> => {
    if (manager) graph.setManager(user.userId, graphUser(manager.userId, manager.name));
    return { ...user, token: await api.tokenFor(user) };
  };

  const conversationOf = (userId: string) => `a:personal-${userId}`;

  /** An activity as Teams sends it from a user's personal chat with the bot. */
  const activity = (user: Pick<TestUser, 'userId' | 'name'>, fields: Record<string, unknown>) => ({
    id: `in-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    from: { id: `29:${user.userId}`, aadObjectId: user.userId, name: user.name },
    recipient: { id: `28:${BOT_APP_ID}`, name: 'Relais' },
    conversation: { id: conversationOf(user.userId), conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    ...fields,
  });

  /** Posts an activity to the bot endpoint; `token: null` sends none, a string sends that one. */
  const send = async (body: Record<string, unknown>, token?: string | null) => {
    const bearer = token === undefined ? await connector.tokenFor(BOT_APP_ID) : token;
    return api.call('POST', '/api/bot/messages', { body, ...(bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {}) });
  };

  /** The user installs the app: the bot learns where to reach them. */
  const install = async (user: Pick<TestUser, 'userId' | 'name'>) => {
    const response = await send(activity(user, { type: 'installationUpdate', action: 'add' }));
    if (response.status !== 200) throw new Error(`install refused: ${response.status} ${response.text}`);
  };

  /** The user clicks an `Action.Execute` button (or Teams refreshes the card): the `adaptiveCard/action` invoke. */
  const invoke = (user: Pick<TestUser, 'userId' | 'name'>, verb: string, changeRequestId: string, inputs: Record<string, unknown> = {}, token?: string | null) =>
    send(
      activity(user, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data: { action: verb, changeRequestId, ...inputs } }, trigger: verb === 'refresh' ? 'automatic' : 'manual' },
      }),
      token,
    );

  const message = (user: Pick<TestUser, 'userId' | 'name'>, text: string) => send(activity(user, { type: 'message', text }));

  /** The cards the bot posted in a user's personal chat. */
  const cardsPostedTo = (userId: string) => connector.posts(conversationOf(userId)).map((call: ConnectorCall) => ({ ...call, card: cardOf(call)! }));

  const stop = async () => {
    await api.stop();
    await Promise.all([entra.stop(), graph.stop(), connector.stop()]);
  };

  return { api, entra, graph, connector, person, install, invoke, message, send, activity, cardsPostedTo, conversationOf, stop };
};

export type Approvals = Awaited<ReturnType<typeof startApprovals>>;
