import type { Calendar, Deps } from '@relais/domain';
import { createRemoteJWKSet } from 'jose';
import { createDevIssuer, DEV_AUDIENCE, DEV_ISSUER } from './auth/dev-issuer';
import { createOnBehalfOf, type DelegatingUser } from './auth/on-behalf-of';
import { approvalConfigOf, botSettingsOf, directoryOf } from './bot/approvals-from-env';
import { createTokenVerifier } from './auth/token-verifier';
import { entraIssuers, freeTextListsOf, retentionPolicyInputOf, type RelaisEnv } from './config';
import { createGraphCalendar } from './graph/graph-calendar';
import { buildOpenApi } from './http/openapi';
import { createRateLimiter, type RateLimiter } from './http/rate-limit';
import type { Services } from './http/route';
import { createApprovalsBot } from './http/routes/bot.routes';
import { createStores, type Stores } from './storage/create-stores';
import { storageKind } from './storage/table-set';
import { nodeIds, systemClock } from './node-system';

const PUBLIC_GRAPH_URL = 'https://graph.microsoft.com/v1.0';

/** Each request's user gets their own calendar client, with Graph tokens on their behalf. */
const calendarsOf =
  (env: RelaisEnv, graphToken: (user: DelegatingUser) => Promise<string>) =>
  (user: DelegatingUser): Calendar =>
    createGraphCalendar({ baseUrl: env.RELAIS_GRAPH_BASE_URL, token: () => graphToken(user), timeoutMs: env.RELAIS_GRAPH_TIMEOUT_MS, log: console.warn });

export type App = {
  deps: Deps;
  stores: Stores;
  services: Services;
  verify: ReturnType<typeof createTokenVerifier>;
  rateLimiter: RateLimiter;
};

/** Wires the domain to Table Storage and the token checks, from configuration. */
export const createAppFromEnv = async (env: RelaisEnv, overrides: Partial<Pick<Deps, 'clock'>> = {}): Promise<App> => {
  const stores = createStores({ connectionString: env.RELAIS_STORAGE_CONNECTION_STRING, tablePrefix: env.RELAIS_TABLE_PREFIX });
  const deps: Deps = {
    clock: overrides.clock ?? systemClock,
    ids: nodeIds,
    tiers: stores.tiers,
    index: stores.index,
    interactions: stores.interactions,
    tasks: stores.tasks,
    relationTypes: stores.relationTypes,
    config: {
      internalDomains: env.RELAIS_INTERNAL_DOMAINS,
      staleAfterDays: env.RELAIS_FACT_STALE_DAYS,
      approvals: approvalConfigOf(env),
      retention: retentionPolicyInputOf(env),
      freeTextLists: freeTextListsOf(env),
    },
    audit: stores.audit,
    insight: stores.insight,
    bulk: stores.bulk,
    imports: stores.imports,
  };
  const directory = directoryOf(env);
  if (directory) deps.approvers = directory;
  const services: Services = { storageKind: storageKind(env.RELAIS_STORAGE_CONNECTION_STRING), openApi: buildOpenApi };
  // The bot needs the deps to decide; the deps need the bot to tell approvers: it joins them once built.
  const botSettings = botSettingsOf(env);
  if (botSettings) {
    const bot = await createApprovalsBot({ ...botSettings, deps, store: stores.bot });
    services.bot = bot;
    deps.approvalNotifier = bot.notifier;
  }
  const rateLimiter = createRateLimiter(env.RELAIS_RATE_LIMIT_PER_MINUTE);
  const teamGroups = env.RELAIS_TEAM_GROUPS;
  if (env.RELAIS_AUTH_MODE === 'dev') {
    const issuer = await createDevIssuer(env.RELAIS_DEV_KEY_FILE);
    services.issueDevToken = (claims) => issuer.sign(claims);
    const verify = createTokenVerifier({ issuers: [DEV_ISSUER], audiences: [DEV_AUDIENCE], keys: issuer.keys, allowedTenants: [], teamGroups });
    // Local mode has no Entra ID to exchange tokens with: a local Graph (the tests' fake) takes the dev
    // token as it is. The public Graph would refuse it, so it is not asked.
    if (env.RELAIS_GRAPH_BASE_URL !== PUBLIC_GRAPH_URL) services.calendarFor = calendarsOf(env, async (user) => user.assertion);
    return { deps, stores, services, verify, rateLimiter };
  }
  const verify = createTokenVerifier({
    issuers: entraIssuers(env),
    audiences: env.RELAIS_ENTRA_AUDIENCE,
    keys: createRemoteJWKSet(new URL(env.RELAIS_ENTRA_JWKS_URL)),
    allowedTenants: env.RELAIS_ENTRA_ALLOWED_TENANTS.length > 0 ? env.RELAIS_ENTRA_ALLOWED_TENANTS : [env.RELAIS_ENTRA_TENANT_ID ?? ''].filter(Boolean),
    requiredScope: env.RELAIS_ENTRA_SCOPE,
    teamGroups,
  });
  // Graph on behalf of the signed-in user: only the API's own registration may exchange their tokens.
  if (env.RELAIS_CLIENT_ID && env.RELAIS_CLIENT_SECRET && env.RELAIS_ENTRA_TENANT_ID) {
    const onBehalfOf = createOnBehalfOf({
      clientId: env.RELAIS_CLIENT_ID,
      clientSecret: env.RELAIS_CLIENT_SECRET,
      tenantId: env.RELAIS_ENTRA_TENANT_ID,
      loginUrl: env.RELAIS_ENTRA_LOGIN_URL,
    });
    services.onBehalfOf = onBehalfOf;
    services.calendarFor = calendarsOf(env, (user) => onBehalfOf(user, [env.RELAIS_GRAPH_SCOPE]));
  }
  return { deps, stores, services, verify, rateLimiter };
};
