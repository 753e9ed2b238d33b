/**
 * Where the data lives. Azurite is reached with its connection string; an Azure account only with an
 * Entra identity (the Function App's managed identity, or an operator's own sign-in), never a key.
 */
export type StorageSettings =
  | { kind: 'azurite'; connectionString: string }
  | { kind: 'azure'; tableEndpoint: string; queueEndpoint: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const fieldsOf = (connectionString: string): Map<string, string> =>
  new Map(
    connectionString
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).toLowerCase(), part.slice(at + 1)] as [string, string];
      }),
  );

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

/** Azurite's: `UseDevelopmentStorage=true`, or explicit endpoints that are all on this machine. */
export const isAzuriteConnectionString = (connectionString: string): boolean => {
  const fields = fieldsOf(connectionString);
  if (fields.get('usedevelopmentstorage')?.toLowerCase() === 'true') return true;
  const endpoints = [...fields].filter(([name]) => name.endsWith('endpoint')).map(([, url]) => url);
  return endpoints.length > 0 && endpoints.every((url) => LOOPBACK_HOSTS.has(hostOf(url) ?? ''));
};

/** The public cloud's endpoints of an account; sovereign clouds set RELAIS_TABLE_ENDPOINT / RELAIS_QUEUE_ENDPOINT. */
export const accountEndpoints = (account: string) => ({
  tableEndpoint: `https://${account}.table.core.windows.net`,
  queueEndpoint: `https://${account}.queue.core.windows.net`,
});
