import { TableClient, TableServiceClient } from '@azure/data-tables';

export const tableNames = ['Tiers', 'Indexes', 'Interactions', 'Tasks', 'TaskLists', 'RelationTypes', 'Audit', 'BotConversations', 'BotCards', 'TierSummaries', 'ActivityDays', 'ActivityRollups', 'Segments', 'ScoreRules', 'InsightCatchUp', 'Imports'] as const;
export type TableName = (typeof tableNames)[number];

export type StorageConfig = { connectionString: string; tablePrefix: string };

/** One client per table; each table is created on first use, once. */
export type TableSet = { table: (name: TableName) => Promise<TableClient>; service: TableServiceClient; prefix: string };

const isAzurite = (connectionString: string): boolean => /127\.0\.0\.1|localhost|UseDevelopmentStorage/i.test(connectionString);

export const createTableSet = (config: StorageConfig): TableSet => {
  const options = { allowInsecureConnection: isAzurite(config.connectionString) };
  const service = TableServiceClient.fromConnectionString(config.connectionString, options);
  const ready = new Map<TableName, Promise<TableClient>>();
  const open = async (name: TableName): Promise<TableClient> => {
    const client = TableClient.fromConnectionString(config.connectionString, `${config.tablePrefix}${name}`, options);
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

export const storageKind = (connectionString: string): 'azurite' | 'azure' => (isAzurite(connectionString) ? 'azurite' : 'azure');
