import { defaultGuardLists, extendGuardLists, GuardLists } from '@relais/domain';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { accountEndpoints, isAzuriteConnectionString, type StorageSettings } from './storage/storage-settings';

const list = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

/** `{"territory:Nord": ["<user id>", …], "team:north": […]}`: data-steward groups by tier territory or owner team. */
const stewardGroups = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return {};
    try {
      return JSON.parse(v) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Expected JSON like {"territory:Nord": ["<user id>"], "team:north": ["<user id>"]}.' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().regex(/^(territory|team):.+$/, 'Keys are territory:<name> or team:<name>.'), z.array(z.string().min(1))));

/** `<Entra group object id>:<team>,…`: the teams a user belongs to, read from their token's `groups` claim. */
const teamGroups = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const pairs = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const bad = pairs.filter((p) => !/^[^:\s]+:[^:\s]+$/.test(p));
    if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `Expected groupId:team pairs separated by commas; not understood: ${bad.join(', ')}.` });
    return Object.fromEntries(pairs.map((p) => p.split(':') as [string, string]));
  });

const retentionYears = z.coerce.number().int().min(1).max(3, 'The CNIL (délibération 2021-131) allows at most 3 years.').optional();

/** Everything Relais reads from its environment, validated once at start. */
export const RelaisEnv = z.object({
  // Storage: Azurite by connection string, or an Azure account by name or endpoints, reached with an Entra identity.
  RELAIS_STORAGE_CONNECTION_STRING: z.string().optional(),
  RELAIS_STORAGE_ACCOUNT: z.string().regex(/^[a-z0-9]{3,24}$/, 'A storage account name: 3 to 24 lower-case letters and digits.').optional(),
  RELAIS_TABLE_ENDPOINT: z.url({ protocol: /^https$/, error: 'An https:// URL (the account\'s table endpoint).' }).optional(),
  RELAIS_QUEUE_ENDPOINT: z.url({ protocol: /^https$/, error: 'An https:// URL (the account\'s queue endpoint).' }).optional(),
  // How long one storage operation may take, retries included, before the API answers 503 (default: storage-connection.ts).
  RELAIS_STORAGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).optional(),
  RELAIS_TABLE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,30}$/).default('relais'),
  RELAIS_AUTH_MODE: z.enum(['dev', 'entra']).default('dev'),
  RELAIS_DEV_KEY_FILE: z.string().optional(),
  RELAIS_ENTRA_TENANT_ID: z.string().optional(),
  RELAIS_ENTRA_AUDIENCE: list,
  RELAIS_ENTRA_ALLOWED_TENANTS: list,
  RELAIS_ENTRA_ISSUERS: list,
  RELAIS_ENTRA_JWKS_URL: z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  RELAIS_ENTRA_SCOPE: z.string().default('access_as_user'),
  // Applications (client ids) whose app-only tokens — no `scp`, app roles only — may call the API; none by default.
  RELAIS_ENTRA_ALLOWED_APP_IDS: list,
  RELAIS_INTERNAL_DOMAINS: list,
  RELAIS_FACT_STALE_DAYS: z.coerce.number().int().positive().optional(),
  /** How long a merge can be undone (hours; 0 = never). */
  RELAIS_MERGE_UNDO_HOURS: z.coerce.number().int().min(0).max(8760).optional(),
  // Approvals: routing, Microsoft Graph (manager lookup) and the Teams bot.
  RELAIS_STEWARD_IDS: list,
  RELAIS_STEWARD_GROUPS: stewardGroups,
  RELAIS_ENTRA_LOGIN_URL: z.string().url().default('https://login.microsoftonline.com'),
  RELAIS_GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com/v1.0'),
  RELAIS_GRAPH_SCOPE: z.string().default('https://graph.microsoft.com/.default'),
  RELAIS_GRAPH_CLIENT_ID: z.string().optional(),
  RELAIS_GRAPH_CLIENT_SECRET: z.string().optional(),
  RELAIS_GRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  RELAIS_BOT_APP_ID: z.string().optional(),
  RELAIS_BOT_APP_PASSWORD: z.string().optional(),
  RELAIS_BOT_TENANT_ID: z.string().optional(),
  RELAIS_BOT_OPENID_METADATA_URL: z.string().url().default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
  RELAIS_BOT_TOKEN_ISSUER: z.string().default('https://api.botframework.com'),
  RELAIS_BOT_SCOPE: z.string().default('https://api.botframework.com/.default'),
  RELAIS_BOT_SERVICE_URL: z.string().url().default('https://smba.trafficmanager.net/teams'),
  RELAIS_BOT_LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('warn'),
  // Microsoft 365 Agents Playground: activities without a Bot Framework token, from and to loopback; heeded in dev mode only (bot/approvals-from-env.ts).
  RELAIS_BOT_PLAYGROUND: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  RELAIS_BOT_PLAYGROUND_USER: z.string().min(1).default('marc.dubois'),
  RELAIS_BOT_PLAYGROUND_USER_NAME: z.string().min(1).default('Marc Dubois'),
  RELAIS_BOT_PLAYGROUND_SERVICE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:56150/_connector'),
  // Trust: teams from Entra groups, abuse limits, CNIL retention, the free-text guard.
  RELAIS_TEAM_GROUPS: teamGroups,
  RELAIS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  // Proxies that append to X-Forwarded-For in front of Relais (Azure's front end is one; Front Door or API Management add one each).
  RELAIS_TRUSTED_PROXIES: z.coerce.number().int().min(1).max(5).default(1),
  RELAIS_RETENTION_ACTION: z.enum(['erase', 'archive']).default('erase'),
  RELAIS_RETENTION_PROSPECT_YEARS: retentionYears,
  RELAIS_RETENTION_CLIENT_YEARS: retentionYears,
  RELAIS_RETENTION_SCHEDULE: z.string().default('0 30 2 * * *'),
  RELAIS_RETENTION_TIMER: z.enum(['apply', 'dry-run', 'off']).default('apply'),
  // Graph on behalf of the user: the Relais (API + NAA) registration's client id and a secret of it.
  RELAIS_CLIENT_ID: z.string().optional(),
  // The scopes the pages ask for, comma-separated; by default `<app id URI>/<RELAIS_ENTRA_SCOPE>`.
  RELAIS_API_SCOPE: list,
  RELAIS_CLIENT_SECRET: z.string().optional(),
  RELAIS_FREE_TEXT_LISTS: z.string().optional(),
  // Background work (Queue Storage): what this process runs locally, retries, and the lost-message sweep.
  RELAIS_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
  RELAIS_QUEUE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  RELAIS_QUEUE_BACKOFF_MS: z.coerce.number().int().min(0).default(2000),
  RELAIS_PENDING_STALE_MS: z.coerce.number().int().min(0).default(30_000),
  RELAIS_SWEEP_INTERVAL_MS: z.coerce.number().int().min(50).default(15_000),
  RELAIS_MERGE_INLINE_MOVES: z.coerce.number().int().min(0).default(200),
  RELAIS_IMPORT_CHUNK_ROWS: z.coerce.number().int().min(1).default(2000),
  RELAIS_JOB_LEASE_MS: z.coerce.number().int().min(1000).default(45_000),
  RELAIS_WORKER_IDLE_POLL_MS: z.coerce.number().int().min(10).default(200),
  // Suggested logs: the webhook Graph notifies (public https in Azure), how long suggestions last, subscriptions' lifetime.
  RELAIS_CAPTURE_NOTIFICATION_URL: z.string().url().optional(),
  RELAIS_SUGGESTION_EXPIRY_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  RELAIS_CAPTURE_LOOKBACK_DAYS: z.coerce.number().int().min(0).max(30).default(7),
  RELAIS_CAPTURE_SUBSCRIPTION_HOURS: z.coerce.number().int().min(1).max(160).default(72),
  RELAIS_CAPTURE_RENEW_BEFORE_HOURS: z.coerce.number().int().min(1).max(100).default(24),
  RELAIS_CAPTURE_GRAPH_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
});
export type RelaisEnv = z.infer<typeof RelaisEnv>;

/** App Service and the Functions host set these; a laptop or CI does not. */
const AZURE_HOST_VARIABLES = ['WEBSITE_SITE_NAME', 'WEBSITE_INSTANCE_ID', 'FUNCTIONS_WORKER_RUNTIME'] as const;

const invalid = (issues: string[]) => new Error(`Relais configuration is invalid:\n${issues.map((i) => `- ${i}`).join('\n')}`);

/** The storage the settings name; connection strings are accepted for Azurite only. */
export const storageSettingsOf = (env: RelaisEnv): StorageSettings => {
  const connectionString = env.RELAIS_STORAGE_CONNECTION_STRING;
  const byIdentity = env.RELAIS_STORAGE_ACCOUNT ?? env.RELAIS_TABLE_ENDPOINT ?? env.RELAIS_QUEUE_ENDPOINT;
  if (connectionString && byIdentity)
    throw invalid(['RELAIS_STORAGE_CONNECTION_STRING: set it (Azurite) or RELAIS_STORAGE_ACCOUNT (an Azure account), not both.']);
  if (connectionString) {
    if (!isAzuriteConnectionString(connectionString))
      throw invalid([
        'RELAIS_STORAGE_CONNECTION_STRING: connection strings are for Azurite only. Reach an Azure account with its identity: set RELAIS_STORAGE_ACCOUNT (or RELAIS_TABLE_ENDPOINT and RELAIS_QUEUE_ENDPOINT).',
      ]);
    return { kind: 'azurite', connectionString };
  }
  const derived = env.RELAIS_STORAGE_ACCOUNT ? accountEndpoints(env.RELAIS_STORAGE_ACCOUNT) : undefined;
  const tableEndpoint = env.RELAIS_TABLE_ENDPOINT ?? derived?.tableEndpoint;
  const queueEndpoint = env.RELAIS_QUEUE_ENDPOINT ?? derived?.queueEndpoint;
  if (!tableEndpoint || !queueEndpoint)
    throw invalid([
      byIdentity
        ? 'RELAIS_STORAGE_ACCOUNT: set it, or both RELAIS_TABLE_ENDPOINT and RELAIS_QUEUE_ENDPOINT.'
        : 'RELAIS_STORAGE_CONNECTION_STRING: set it to an Azurite connection string, or set RELAIS_STORAGE_ACCOUNT to an Azure Storage account.',
    ]);
  return { kind: 'azure', tableEndpoint, queueEndpoint };
};

/**
 * The dev issuer hands out any role: it exists only on Azurite, outside Azure, so no setting can turn
 * it on against real data or on a public host.
 */
const devModeRefusal = (env: RelaisEnv, storage: StorageSettings, raw: Record<string, string | undefined>): string | undefined => {
  if (env.RELAIS_AUTH_MODE !== 'dev') return undefined;
  const inAzure = AZURE_HOST_VARIABLES.filter((name) => raw[name]);
  if (inAzure.length > 0)
    return `RELAIS_AUTH_MODE: dev mode runs only outside Azure (${inAzure.join(', ')} set); use entra with RELAIS_ENTRA_TENANT_ID and RELAIS_ENTRA_AUDIENCE.`;
  if (storage.kind !== 'azurite')
    return 'RELAIS_AUTH_MODE: dev mode (the default) runs only on Azurite; against an Azure account use entra with RELAIS_ENTRA_TENANT_ID and RELAIS_ENTRA_AUDIENCE.';
  return undefined;
};

export const readEnv = (env: Record<string, string | undefined> = process.env): RelaisEnv => {
  const parsed = RelaisEnv.safeParse(env);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const value = parsed.data;
  const refusal = devModeRefusal(value, storageSettingsOf(value), env);
  if (refusal) throw invalid([refusal]);
  if (value.RELAIS_AUTH_MODE === 'entra' && value.RELAIS_ENTRA_AUDIENCE.length === 0)
    throw new Error('Relais configuration is invalid:\n- RELAIS_ENTRA_AUDIENCE: required in entra mode (the API app id URI and/or client id).');
  if (value.RELAIS_BOT_PLAYGROUND && !['localhost', '127.0.0.1', '[::1]'].includes(new URL(value.RELAIS_BOT_PLAYGROUND_SERVICE_URL).hostname))
    throw invalid(['RELAIS_BOT_PLAYGROUND_SERVICE_URL: the Agents Playground runs on this machine (localhost).']);
  if (value.RELAIS_BOT_APP_ID && !value.RELAIS_BOT_APP_PASSWORD)
    throw new Error('Relais configuration is invalid:\n- RELAIS_BOT_APP_PASSWORD: required with RELAIS_BOT_APP_ID (the bot app registration\'s client secret).');
  return value;
};

/** Entra ID issues v1 (sts.windows.net) and v2 (login.microsoftonline.com/…/v2.0) tokens; both are accepted. */
export const entraIssuers = (env: RelaisEnv): string[] => {
  if (env.RELAIS_ENTRA_ISSUERS.length > 0) return env.RELAIS_ENTRA_ISSUERS;
  const tenants = env.RELAIS_ENTRA_ALLOWED_TENANTS.length > 0 ? env.RELAIS_ENTRA_ALLOWED_TENANTS : [env.RELAIS_ENTRA_TENANT_ID ?? ''];
  return tenants.filter(Boolean).flatMap((t) => [`https://login.microsoftonline.com/${t}/v2.0`, `https://sts.windows.net/${t}/`]);
};

/** The free-text guard's lists: Relais' defaults, extended by the company's own JSON file when one is set. */
export const freeTextListsOf = (env: RelaisEnv): GuardLists => {
  if (!env.RELAIS_FREE_TEXT_LISTS) return defaultGuardLists;
  const parsed = GuardLists.safeParse(JSON.parse(readFileSync(env.RELAIS_FREE_TEXT_LISTS, 'utf8')));
  if (!parsed.success)
    throw new Error(`Relais configuration is invalid:\n- RELAIS_FREE_TEXT_LISTS: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return extendGuardLists(defaultGuardLists, parsed.data);
};

/** CNIL retention as configured; unset periods are the CNIL's 3 years. */
export const retentionPolicyInputOf = (env: RelaisEnv) => ({
  action: env.RELAIS_RETENTION_ACTION,
  ...(env.RELAIS_RETENTION_PROSPECT_YEARS ? { prospectYears: env.RELAIS_RETENTION_PROSPECT_YEARS } : {}),
  ...(env.RELAIS_RETENTION_CLIENT_YEARS ? { clientYearsAfterEnd: env.RELAIS_RETENTION_CLIENT_YEARS } : {}),
});
