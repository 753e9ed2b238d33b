import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { startJsonServer, type RecordedRequest } from './json-server';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

type AdaptiveCard = { type: 'AdaptiveCard'; body: unknown[]; actions?: { verb?: string; title?: string; data?: Record<string, unknown> }[]; refresh?: unknown };
type PostedActivity = { type: string; attachments?: { contentType: string; content: AdaptiveCard }[] };

/** A message the bot posted or updated through the connector. */
export type ConnectorCall = RecordedRequest & { kind: 'create-conversation' | 'post' | 'update'; conversationId?: string; activityId?: string };

/** All the text of a card, for assertions on what a person reads. */
export const cardText = (card: unknown): string => {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value' || key === 'label') && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
};

export const cardOf = (call: { body: unknown }): AdaptiveCard | undefined =>
  (call.body as PostedActivity | undefined)?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;

/**
 * The Bot Framework side of Teams, on loopback: the Bot Connector REST API the bot calls
 * (`POST /v3/conversations`, `POST|PUT /v3/conversations/{id}/activities[/{activityId}]`), recorded;
 * and the Bot Framework token service that signs the activities Teams sends to the bot (RS256, keys at
 * `/v1/.well-known/keys` beside the OpenID metadata).
 */
export const startFakeBotConnector = async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = 'fake-bot-framework';
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  let sequence = 0;
  const calls: ConnectorCall[] = [];
  const server = await startJsonServer(({ method, path, headers, body }) => {
    if (path === '/v1/.well-known/keys') return { status: 200, body: { keys: [jwk] } };
    if (path === '/v1/.well-known/openidconfiguration')
      return { status: 200, body: { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${server.url}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] } };
    if (!/^Bearer \S+/.test(headers.authorization ?? '')) return { status: 401, body: { error: { code: 'Unauthorized', message: 'No token' } } };
    const recorded = { method, path, headers, body };
    if (method === 'POST' && path === '/v3/conversations') {
      sequence += 1;
      calls.push({ ...recorded, kind: 'create-conversation', conversationId: `a:created-${sequence}` });
      return { status: 201, body: { id: `a:created-${sequence}`, serviceUrl: server.url } };
    }
    const post = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(path);
    if (method === 'POST' && post) {
      sequence += 1;
      const activityId = `activity-${sequence}`;
      calls.push({ ...recorded, kind: 'post', conversationId: decodeURIComponent(post[1]!), activityId });
      return { status: 201, body: { id: activityId } };
    }
    const update = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(path);
    if (method === 'PUT' && update) {
      calls.push({ ...recorded, kind: 'update', conversationId: decodeURIComponent(update[1]!), activityId: decodeURIComponent(update[2]!) });
      return { status: 200, body: { id: decodeURIComponent(update[2]!) } };
    }
    return { status: 404, body: { error: { code: 'NotFound', message: `${method} ${path}` } } };
  });

  const sign = (claims: Record<string, unknown>, key: KeyLike = privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).setIssuedAt().setExpirationTime('10m').sign(key);

  return {
    ...server,
    calls,
    /** The token Teams' Bot Connector puts on an activity for the bot `appId`. */
    tokenFor: (appId: string, overrides: Record<string, unknown> = {}) =>
      sign({ iss: BOT_FRAMEWORK_ISSUER, aud: appId, serviceurl: server.url, ...overrides }),
    /** A token that looks right but is signed with a key the Bot Framework never published. */
    forgedTokenFor: async (appId: string) => sign({ iss: BOT_FRAMEWORK_ISSUER, aud: appId, serviceurl: server.url }, (await generateKeyPair('RS256')).privateKey),
    posts: (conversationId?: string) => calls.filter((c) => c.kind === 'post' && (!conversationId || c.conversationId === conversationId)),
    updates: (activityId?: string) => calls.filter((c) => c.kind === 'update' && (!activityId || c.activityId === activityId)),
  };
};

export type FakeBotConnector = Awaited<ReturnType<typeof startFakeBotConnector>>;
