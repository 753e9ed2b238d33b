import { QueueServiceClient } from '@azure/storage-queue';
import type { HealthProbe } from '../health/health-probe';
import type { StorageConnection } from './storage-connection';

/** Azurite's queue endpoint, when its connection string names one (the Table service alone has none). */
const azuriteQueueEndpoint = (connectionString: string): boolean => /(^|;)\s*QueueEndpoint=/i.test(connectionString);

/**
 * The Queue service of the data account answers a one-queue listing (a data-plane call Queue Data
 * Contributor allows), within the storage deadline. None when the account has no queue service to
 * ask (an Azurite started for tables only).
 */
export const queueProbe = (connection: StorageConnection): HealthProbe | undefined => {
  if (connection.kind === 'azurite' && !azuriteQueueEndpoint(connection.connectionString)) return undefined;
  const options = { retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 400 } };
  const service =
    connection.kind === 'azurite'
      ? QueueServiceClient.fromConnectionString(connection.connectionString, options)
      : new QueueServiceClient(connection.queueEndpoint, connection.credential, options);
  return {
    name: 'queues',
    check: async () => {
      await service.listQueues({ abortSignal: AbortSignal.timeout(connection.timeoutMs) }).byPage({ maxPageSize: 1 }).next();
    },
  };
};
