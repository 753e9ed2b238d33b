import type { TokenCredential } from '@azure/core-auth';
import type { TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import { StorageUnavailableError } from './storage-errors';
import type { StorageSettings } from './storage-settings';

/** What the Table (and Queue) clients are built from: Azurite's connection string, or an account's endpoints and an identity. */
export type StorageConnection =
  | { kind: 'azurite'; connectionString: string; timeoutMs: number }
  | { kind: 'azure'; tableEndpoint: string; queueEndpoint: string; credential: TokenCredential; timeoutMs: number };

/**
 * Azure answers a point operation in milliseconds, so 1.5 s with retries means it is down or
 * throttled. Azurite answers one request at a time: on a busy laptop or CI runner a burst of
 * queries can queue for many seconds, so locally only a dead Azurite (refused at once) answers 503.
 */
const DEFAULT_TIMEOUT_MS = { azure: 1500, azurite: 60_000 } as const;

/**
 * In Azure the Function App's managed identity (AZURE_CLIENT_ID picks a user-assigned one); on an
 * operator's machine their Azure CLI or azd sign-in.
 */
export const connectStorage = (settings: StorageSettings, timeoutMs?: number, credential?: TokenCredential): StorageConnection => {
  const deadline = timeoutMs ?? DEFAULT_TIMEOUT_MS[settings.kind];
  return settings.kind === 'azurite'
    ? { ...settings, timeoutMs: deadline }
    : { ...settings, timeoutMs: deadline, credential: credential ?? new DefaultAzureCredential() };
};

type Policy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/**
 * Bounds one storage operation, its retries included. Past the deadline the caller gets a
 * StorageUnavailableError (503 with Retry-After at the API) instead of waiting for the SDK's own
 * minute-long retry schedule.
 */
const deadlinePolicy = (timeoutMs: number): Policy => ({
  name: 'relaisStorageDeadline',
  sendRequest: async (request, next) => {
    const controller = new AbortController();
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      controller.abort();
    }, timeoutMs);
    const outer = request.abortSignal;
    if (outer?.aborted) controller.abort();
    else outer?.addEventListener('abort', () => controller.abort(), { once: true });
    request.abortSignal = controller.signal;
    try {
      return await next(request);
    } catch (error) {
      if (expired) throw new StorageUnavailableError(`Storage did not answer within ${timeoutMs} ms.`, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  },
});

/**
 * A few quick retries for what storage says is transient (5xx, 408, connection errors), all within
 * the deadline; a throttled account is answered with 503 for the client to retry later.
 */
export const tableClientOptions = (connection: StorageConnection): TableServiceClientOptions => ({
  allowInsecureConnection: connection.kind === 'azurite',
  retryOptions: { maxRetries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 400 },
  additionalPolicies: [{ policy: deadlinePolicy(connection.timeoutMs), position: 'perCall' }],
});
