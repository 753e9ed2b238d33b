import { TableClient, TableServiceClient } from '@azure/data-tables';
import { tableClientOptions, type StorageConnection } from './storage-connection';

export const tableNames = ['Tiers', 'Indexes', 'Interactions', 'Tasks', 'TaskLists', 'RelationTypes', 'Audit', 'BotConversations', 'BotCards', 'TierSummaries', 'ActivityDays', 'ActivityRollups', 'Segments', 'ScoreRules', 'InsightCatchUp', 'PendingWork', 'DeadLetters', 'Jobs', 'JobData', 'Imports', 'Capture', 'CaptureSubscriptions', 'Suggestions', 'SuggestionEmails'] as const;
export type TableName = (typeof tableNames)[number];

export type StorageConfig = { connection: StorageConnection; tablePrefix: string };

/** One client per table; each table is created on first use, once. */
export type TableSet = { table: (name: TableName) => Promise<TableClient>; service: TableServiceClient; prefix: string };

const serviceClient = (connection: StorageConnection): TableServiceClient =>
  connection.kind === 'azurite'
    ? TableServiceClient.fromConnectionString(connection.connectionString, tableClientOptions(connection))
    : new TableServiceClient(connection.tableEndpoint, connection.credential, tableClientOptions(connection));

const tableClient = (connection: StorageConnection, table: string): TableClient =>
  connection.kind === 'azurite'
    ? TableClient.fromConnectionString(connection.connectionString, table, tableClientOptions(connection))
    : new TableClient(connection.tableEndpoint, table, connection.credential, tableClientOptions(connection));

export const createTableSet = (config: StorageConfig): TableSet => {
  const service = serviceClient(config.connection);
  const ready = new Map<TableName, Promise<TableClient>>();
  const open = async (name: TableName): Promise<TableClient> => {
    const client = tableClient(config.connection, `${config.tablePrefix}${name}`);
    await client.createTable(); // idempotent: an existing table is not an error for createTable
    return client;
  };
  return {
    service,
    prefix: config.tablePrefix,
    table: (name) => {
      let client = ready.get(name);
      if (!client) {
        client = open(name);
        client.catch(() => ready.delete(name));
        ready.set(name, client);
      }
      return client;
    },
  };
};
