import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

/** Everything Relais reads from its environment, validated once at start. */
export const RelaisEnv = z.object({
  RELAIS_STORAGE_CONNECTION_STRING: z.string().min(1, 'Set RELAIS_STORAGE_CONNECTION_STRING to an Azure Storage connection string.'),
  RELAIS_TABLE_PREFIX: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,30}$/).default('relais'),
  RELAIS_AUTH_MODE: z.enum(['dev', 'entra']).default('dev'),
  RELAIS_DEV_KEY_FILE: z.string().optional(),
  RELAIS_ENTRA_TENANT_ID: z.string().optional(),
  RELAIS_ENTRA_AUDIENCE: list,
  RELAIS_ENTRA_ALLOWED_TENANTS: list,
  RELAIS_ENTRA_ISSUERS: list,
  RELAIS_ENTRA_JWKS_URL: z.string().url().default('https://login.microsoftonline.com/common/discovery/v2.0/keys'),
  RELAIS_ENTRA_SCOPE: z.string().default('access_as_user'),
  RELAIS_INTERNAL_DOMAINS: list,
  RELAIS_FACT_STALE_DAYS: z.coerce.number().int().positive().optional(),
});
export type RelaisEnv = z.infer<typeof RelaisEnv>;

export const readEnv = (env: Record<string, string | undefined> = process.env): RelaisEnv => {
  const parsed = RelaisEnv.safeParse(env);
  if (!parsed.success)
    throw new Error(`Relais configuration is invalid:\n${parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const value = parsed.data;
  if (value.RELAIS_AUTH_MODE === 'entra' && value.RELAIS_ENTRA_AUDIENCE.length === 0)
    throw new Error('Relais configuration is invalid:\n- RELAIS_ENTRA_AUDIENCE: required in entra mode (the API app id URI and/or client id).');
  return value;
};

/** Entra ID issues v1 (sts.windows.net) and v2 (login.microsoftonline.com/…/v2.0) tokens; both are accepted. */
export const entraIssuers = (env: RelaisEnv): string[] => {
  if (env.RELAIS_ENTRA_ISSUERS.length > 0) return env.RELAIS_ENTRA_ISSUERS;
  const tenants = env.RELAIS_ENTRA_ALLOWED_TENANTS.length > 0 ? env.RELAIS_ENTRA_ALLOWED_TENANTS : [env.RELAIS_ENTRA_TENANT_ID ?? ''];
  return tenants.filter(Boolean).flatMap((t) => [`https://login.microsoftonline.com/${t}/v2.0`, `https://sts.windows.net/${t}/`]);
};
