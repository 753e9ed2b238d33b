import type { HttpRequest } from '@azure/functions';
import { domainJobSteps, withElementIdsOnWrite, withMentionPostings, type Calendar, type CaptureRep, type Deps } from '@relais/domain';
import { createRemoteJWKSet } from 'jose';
import { createDevIssuer, DEV_AUDIENCE, DEV_ISSUER } from './auth/dev-issuer';
import { naaClientConfigOf } from './auth/naa-client-config';
import { createOnBehalfOf, type DelegatingUser } from './auth/on-behalf-of';
import { approvalConfigOf, botSettingsOf, directoryOf } from './bot/approvals-from-env';
import { createTokenVerifier } from './auth/token-verifier';
import { entraIssuers, freeTextListsOf, retentionPolicyInputOf, storageSettingsOf, type RelaisEnv } from './config';
import { createGraphCalendar } from './graph/graph-calendar';
import { createGraphMailbox } from './graph/graph-mailbox';
import { clientAddress } from './http/client-address';
import { buildOpenApi } from './http/openapi';
import { createRateLimiter, type RateLimiter } from './http/rate-limit';
import type { Services } from './http/route';
import { createApprovalsBot } from './http/routes/bot.routes';
import { createDeadLetterRepository } from './background/dead-letter.repository';
import { createJobRepository } from './background/job.repository';
import { createPendingWorkRepository } from './background/pending-work.repository';
import { createQueueSet, type QueueSet } from './background/queue-set';
import { importJobStep } from './import/import-job.step';
import { createStores, type Stores } from './storage/create-stores';
import { connectStorage } from './storage/storage-connection';
import { queueProbe } from './storage/queue-probe';
import { tableProbe } from './storage/table-probe';
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
  /** The client's address as the trusted front end saw it (see http/client-address.ts). */
  addressOf: (request: HttpRequest) => string;
  /** The work and jobs queues (the worker receives from them; `deps.background.queue` sends). */
  queues: QueueSet;
  env: RelaisEnv;
  /** Where Graph is told to post notifications, once the host knows its own address (a free port locally). */
  setCaptureNotificationUrl: (url: string) => void;
};

/** Wires the domain to Table Storage and the token checks, from configuration. */
export const createAppFromEnv = async (env: RelaisEnv, overrides: Partial<Pick<Deps, 'clock'>> = {}): Promise<App> => {
  const storage = connectStorage(storageSettingsOf(env), env.RELAIS_STORAGE_TIMEOUT_MS);
  const stores = createStores({ connection: storage, tablePrefix: env.RELAIS_TABLE_PREFIX });
  const queues = createQueueSet({ connection: storage, tablePrefix: env.RELAIS_TABLE_PREFIX });
  // Every record carrying free text is posted under its tokens as it is written (mention-postings.ts).
  const deps: Deps = withMentionPostings({
    clock: overrides.clock ?? systemClock,
    ids: nodeIds,
    tiers: withElementIdsOnWrite(stores.tiers, nodeIds),
    index: stores.index,
    interactions: stores.interactions,
    tasks: stores.tasks,
    relationTypes: stores.relationTypes,
    config: {
      internalDomains: env.RELAIS_INTERNAL_DOMAINS,
      staleAfterDays: env.RELAIS_FACT_STALE_DAYS,
      mergeUndoHours: env.RELAIS_MERGE_UNDO_HOURS,
      approvals: approvalConfigOf(env),
      retention: retentionPolicyInputOf(env),
      freeTextLists: freeTextListsOf(env),
    },
    audit: stores.audit,
    insight: stores.insight,
    bulk: stores.bulk,
    imports: stores.imports,
    background: {
      queue: queues,
      pending: createPendingWorkRepository(stores.tables),
      deadLetters: createDeadLetterRepository(stores.tables),
      jobs: createJobRepository(stores.tables),
      jobSteps: { ...domainJobSteps, import: importJobStep },
      settings: { maxAttempts: env.RELAIS_QUEUE_MAX_ATTEMPTS, backoffMs: env.RELAIS_QUEUE_BACKOFF_MS, staleAfterMs: env.RELAIS_PENDING_STALE_MS,
        mergeInlineMoves: env.RELAIS_MERGE_INLINE_MOVES,
        importChunkRecords: env.RELAIS_IMPORT_CHUNK_ROWS,
        jobLeaseMs: env.RELAIS_JOB_LEASE_MS,
      },
    },
  });
  const notification = { url: env.RELAIS_CAPTURE_NOTIFICATION_URL };
  const setCaptureNotificationUrl = (url: string) => {
    notification.url = url;
  };
  deps.capture = {
    store: stores.capture,
    suggestions: stores.suggestions,
    settings: {
      expiryDays: env.RELAIS_SUGGESTION_EXPIRY_DAYS,
      lookbackDays: env.RELAIS_CAPTURE_LOOKBACK_DAYS,
      subscriptionHours: env.RELAIS_CAPTURE_SUBSCRIPTION_HOURS,
      renewBeforeHours: env.RELAIS_CAPTURE_RENEW_BEFORE_HOURS,
    },
  };
  const mailboxes = (token: (rep: CaptureRep) => Promise<string>) => (rep: CaptureRep) =>
    createGraphMailbox({
      baseUrl: env.RELAIS_GRAPH_BASE_URL,
      token: () => token(rep),
      get notificationUrl() {
        if (!notification.url) throw new Error('RELAIS_CAPTURE_NOTIFICATION_URL is not set: Graph has nowhere to send notifications.');
        return notification.url;
      },
      timeoutMs: env.RELAIS_GRAPH_TIMEOUT_MS,
      maxRetries: env.RELAIS_CAPTURE_GRAPH_RETRIES,
    });
  const directory = directoryOf(env);
  if (directory) deps.approvers = directory;
  const health = [tableProbe(stores.tables), queueProbe(storage)].filter((probe) => probe !== undefined);
  // The document follows from the route table alone: built once, on first request (it costs hundreds of ms of CPU).
  let openApi: unknown;
  const services: Services = { storageKind: storage.kind, health, openApi: () => (openApi ??= buildOpenApi()), clientConfig: env.RELAIS_AUTH_MODE === 'dev' ? { auth: 'dev' } : naaClientConfigOf(env) };
  // The bot needs the deps to decide; the deps need the bot to tell approvers: it joins them once built.
  const botSettings = botSettingsOf(env);
  if (botSettings) {
    const bot = await createApprovalsBot({ ...botSettings, deps, store: stores.bot });
    services.bot = bot;
    deps.approvalNotifier = bot.notifier;
  }
  const rateLimiter = createRateLimiter(env.RELAIS_RATE_LIMIT_PER_MINUTE);
  const addressOf = (request: HttpRequest) => clientAddress(request.headers.get('x-forwarded-for'), env.RELAIS_TRUSTED_PROXIES);
  const teamGroups = env.RELAIS_TEAM_GROUPS;
  if (env.RELAIS_AUTH_MODE === 'dev') {
    const issuer = await createDevIssuer(env.RELAIS_DEV_KEY_FILE);
    services.issueDevToken = (claims) => issuer.sign(claims);
    const verify = createTokenVerifier({ issuers: [DEV_ISSUER], audiences: [DEV_AUDIENCE], keys: issuer.keys, allowedTenants: [], teamGroups, teamsClaim: true });
    // Local mode has no Entra ID to exchange tokens with: a local Graph (the tests' fake) takes the dev
    // token as it is. The public Graph would refuse it, so it is not asked.
    if (env.RELAIS_GRAPH_BASE_URL !== PUBLIC_GRAPH_URL) {
      services.calendarFor = calendarsOf(env, async (user) => user.assertion);
      // Background reads have no request token: the local Graph takes one the dev issuer signs for the rep.
      deps.capture.mailboxFor = mailboxes((rep) => issuer.sign({ userId: rep.userId, name: rep.name, roles: rep.roles, teams: rep.teams }));
    }
    return { deps, stores, services, verify, rateLimiter, addressOf, queues, env, setCaptureNotificationUrl };
  }
  const verify = createTokenVerifier({
    issuers: entraIssuers(env),
    audiences: env.RELAIS_ENTRA_AUDIENCE,
    keys: createRemoteJWKSet(new URL(env.RELAIS_ENTRA_JWKS_URL)),
    allowedTenants: env.RELAIS_ENTRA_ALLOWED_TENANTS.length > 0 ? env.RELAIS_ENTRA_ALLOWED_TENANTS : [env.RELAIS_ENTRA_TENANT_ID ?? ''].filter(Boolean),
    requiredScope: env.RELAIS_ENTRA_SCOPE,
    teamGroups,
    allowedAppIds: env.RELAIS_ENTRA_ALLOWED_APP_IDS,
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
  return { deps, stores, services, verify, rateLimiter, addressOf, queues, env, setCaptureNotificationUrl };
};
