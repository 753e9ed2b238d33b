import { UnsecuredJWT } from 'jose';
import type { ApprovalConfig, ApproverDirectory, Role } from '@relais/domain';
import type { RelaisEnv } from '../config';
import { clientCredentialsProvider, type TokenProvider } from '../graph/client-credentials';
import { createGraphDirectory } from '../graph/graph-directory';
import { PLAYGROUND_BOT_ID, type ApprovalsBotOptions } from '../http/routes/bot.routes';
import { describeFailure } from '../http/failure-log';

/** What configuration gives the bot; the deps and the store come from the composition root. */
type BotSettings = Omit<ApprovalsBotOptions, 'deps' | 'store'>;

// Through describeFailure: an HTTP client's error object carries the request (headers, tokens, bodies), never logged whole.
const log = (message: string, error?: unknown) => console.warn(error === undefined ? `[relais bot] ${message}` : `[relais bot] ${message}: ${describeFailure(error)}`);

/** Steward groups and fallback stewards as configured (RELAIS_STEWARD_GROUPS, RELAIS_STEWARD_IDS). */
export const approvalConfigOf = (env: RelaisEnv): ApprovalConfig => {
  const groups = Object.entries(env.RELAIS_STEWARD_GROUPS);
  const byPrefix = (prefix: string) =>
    Object.fromEntries(groups.filter(([key]) => key.startsWith(prefix)).map(([key, ids]) => [key.slice(prefix.length), ids]));
  return { stewardsByTerritory: byPrefix('territory:'), stewardsByTeam: byPrefix('team:'), fallbackStewards: env.RELAIS_STEWARD_IDS };
};

/**
 * Roles of a Teams user for the bot: an activity carries no Relais token, so the configured stewards
 * (RELAIS_STEWARD_IDS) act as stewards and everyone else as a rep. Routed approvers need no role.
 */
export const botRolesOf = (env: RelaisEnv) => {
  const stewards = new Set(env.RELAIS_STEWARD_IDS);
  return (userId: string): Role[] => (stewards.has(userId) ? ['steward'] : ['rep']);
};

const tenantOf = (env: RelaisEnv): string | undefined => env.RELAIS_BOT_TENANT_ID ?? env.RELAIS_ENTRA_TENANT_ID;

/** The confidential client for Graph: its own registration, or the bot's when none is set. */
export const graphTokenProvider = (env: RelaisEnv): TokenProvider | undefined => {
  const clientId = env.RELAIS_GRAPH_CLIENT_ID ?? env.RELAIS_BOT_APP_ID;
  const clientSecret = env.RELAIS_GRAPH_CLIENT_SECRET ?? env.RELAIS_BOT_APP_PASSWORD;
  const tenantId = env.RELAIS_ENTRA_TENANT_ID ?? env.RELAIS_BOT_TENANT_ID;
  if (!clientId || !clientSecret || !tenantId) return undefined;
  return clientCredentialsProvider({ loginUrl: env.RELAIS_ENTRA_LOGIN_URL, tenantId, clientId, clientSecret });
};

/** The manager lookup over Microsoft Graph, when an app registration is configured; none otherwise. */
export const directoryOf = (env: RelaisEnv): ApproverDirectory | undefined => {
  const token = graphTokenProvider(env);
  return (
    token &&
    createGraphDirectory({ baseUrl: env.RELAIS_GRAPH_BASE_URL, scope: env.RELAIS_GRAPH_SCOPE, token, timeoutMs: env.RELAIS_GRAPH_TIMEOUT_MS, log })
  );
};

/**
 * The bot for Microsoft 365 Agents Playground (RELAIS_BOT_PLAYGROUND, dev mode only): no app
 * registration, so no token to get. The Playground's connector on loopback checks none, but the
 * Teams SDK reads the bot's token as a JWT: an unsigned one stands in.
 */
const playgroundToken = async (scope: string) =>
  new UnsecuredJWT({ appid: PLAYGROUND_BOT_ID, aud: scope }).setIssuedAt().setExpirationTime('1h').encode();

const playgroundBotSettingsOf = (env: RelaisEnv): BotSettings => ({
  appId: PLAYGROUND_BOT_ID,
  token: playgroundToken,
  botFramework: {
    openIdMetadataUrl: env.RELAIS_BOT_OPENID_METADATA_URL,
    tokenIssuer: env.RELAIS_BOT_TOKEN_ISSUER,
    botScope: env.RELAIS_BOT_SCOPE,
    serviceUrl: env.RELAIS_BOT_PLAYGROUND_SERVICE_URL,
  },
  rolesOf: botRolesOf(env),
  log,
  logLevel: env.RELAIS_BOT_LOG_LEVEL,
  playground: { actAs: { userId: env.RELAIS_BOT_PLAYGROUND_USER, name: env.RELAIS_BOT_PLAYGROUND_USER_NAME } },
});

/**
 * Everything the bot needs from configuration: the registered bot (RELAIS_BOT_APP_ID), else the
 * Playground's in local dev mode when asked for, else none.
 */
export const botSettingsOf = (env: RelaisEnv): BotSettings | undefined => {
  if (!env.RELAIS_BOT_APP_ID || !env.RELAIS_BOT_APP_PASSWORD)
    return env.RELAIS_BOT_PLAYGROUND && env.RELAIS_AUTH_MODE === 'dev' ? playgroundBotSettingsOf(env) : undefined;
  const tenantId = tenantOf(env);
  return {
    appId: env.RELAIS_BOT_APP_ID,
    ...(tenantId ? { tenantId } : {}),
    token: clientCredentialsProvider({
      loginUrl: env.RELAIS_ENTRA_LOGIN_URL,
      tenantId: tenantId ?? 'botframework.com',
      clientId: env.RELAIS_BOT_APP_ID,
      clientSecret: env.RELAIS_BOT_APP_PASSWORD,
    }),
    botFramework: {
      openIdMetadataUrl: env.RELAIS_BOT_OPENID_METADATA_URL,
      tokenIssuer: env.RELAIS_BOT_TOKEN_ISSUER,
      botScope: env.RELAIS_BOT_SCOPE,
      serviceUrl: env.RELAIS_BOT_SERVICE_URL,
    },
    rolesOf: botRolesOf(env),
    log,
    logLevel: env.RELAIS_BOT_LOG_LEVEL,
  };
};
