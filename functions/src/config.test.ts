import { readEnv, storageSettingsOf } from './config';

const AZURITE =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;';
const REAL_ACCOUNT = 'DefaultEndpointsProtocol=https;AccountName=relaisprod;AccountKey=a2V5;EndpointSuffix=core.windows.net';
const ENTRA = { RELAIS_AUTH_MODE: 'entra', RELAIS_ENTRA_TENANT_ID: 'tenant', RELAIS_ENTRA_AUDIENCE: 'api://relais' };

describe('storage settings', () => {
  it('reaches Azurite by its connection string', () => {
    expect(storageSettingsOf(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE }))).toEqual({ kind: 'azurite', connectionString: AZURITE });
    expect(storageSettingsOf(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).kind).toBe('azurite');
  });

  it('reaches an Azure account by name, with its public endpoints, or by explicit endpoints', () => {
    expect(storageSettingsOf(readEnv({ ...ENTRA, RELAIS_STORAGE_ACCOUNT: 'relaisdata42' }))).toEqual({
      kind: 'azure',
      tableEndpoint: 'https://relaisdata42.table.core.windows.net',
      queueEndpoint: 'https://relaisdata42.queue.core.windows.net',
    });
    const sovereign = { RELAIS_TABLE_ENDPOINT: 'https://d.table.core.chinacloudapi.cn/', RELAIS_QUEUE_ENDPOINT: 'https://d.queue.core.chinacloudapi.cn/' };
    expect(storageSettingsOf(readEnv({ ...ENTRA, ...sovereign }))).toEqual({
      kind: 'azure',
      tableEndpoint: sovereign.RELAIS_TABLE_ENDPOINT,
      queueEndpoint: sovereign.RELAIS_QUEUE_ENDPOINT,
    });
  });

  it('refuses a connection string to a real account: Azure is reached with an identity, never a key', () => {
    expect(() => readEnv({ ...ENTRA, RELAIS_STORAGE_CONNECTION_STRING: REAL_ACCOUNT })).toThrow(
      /RELAIS_STORAGE_CONNECTION_STRING: connection strings are for Azurite only.*RELAIS_STORAGE_ACCOUNT/,
    );
    // A loopback endpoint beside a real one is not Azurite either.
    expect(() =>
      readEnv({ ...ENTRA, RELAIS_STORAGE_CONNECTION_STRING: `${AZURITE}QueueEndpoint=https://relaisprod.queue.core.windows.net;` }),
    ).toThrow(/for Azurite only/);
  });

  it('names what is missing or contradictory', () => {
    expect(() => readEnv({})).toThrow(/RELAIS_STORAGE_CONNECTION_STRING: set it to an Azurite connection string, or set RELAIS_STORAGE_ACCOUNT/);
    expect(() => readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE, RELAIS_STORAGE_ACCOUNT: 'relaisdata42' })).toThrow(/not both/);
    expect(() => readEnv({ ...ENTRA, RELAIS_TABLE_ENDPOINT: 'https://d.table.core.windows.net' })).toThrow(
      /both RELAIS_TABLE_ENDPOINT and RELAIS_QUEUE_ENDPOINT/,
    );
    expect(() => readEnv({ ...ENTRA, RELAIS_STORAGE_ACCOUNT: 'Relais_Data' })).toThrow(/RELAIS_STORAGE_ACCOUNT: A storage account name/);
    expect(() => readEnv({ ...ENTRA, RELAIS_TABLE_ENDPOINT: 'http://d.table.core.windows.net', RELAIS_QUEUE_ENDPOINT: 'https://q' })).toThrow(
      /RELAIS_TABLE_ENDPOINT: An https:\/\/ URL/,
    );
  });
});

describe('dev mode (the dev issuer and POST /api/dev/token)', () => {
  it('runs on Azurite outside Azure', () => {
    expect(readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE }).RELAIS_AUTH_MODE).toBe('dev');
  });

  it('is refused against an Azure account, even when asked for explicitly', () => {
    expect(() => readEnv({ RELAIS_AUTH_MODE: 'dev', RELAIS_STORAGE_ACCOUNT: 'relaisdata42' })).toThrow(
      /RELAIS_AUTH_MODE: dev mode \(the default\) runs only on Azurite/,
    );
  });

  it.each(['WEBSITE_SITE_NAME', 'WEBSITE_INSTANCE_ID', 'FUNCTIONS_WORKER_RUNTIME'])('is refused on an Azure host (%s set), even on Azurite', (name) => {
    expect(() => readEnv({ RELAIS_STORAGE_CONNECTION_STRING: AZURITE, [name]: 'relais-prod' })).toThrow(
      new RegExp(`RELAIS_AUTH_MODE: dev mode runs only outside Azure \\(${name} set\\)`),
    );
    expect(readEnv({ ...ENTRA, RELAIS_STORAGE_CONNECTION_STRING: AZURITE, [name]: 'relais-prod' }).RELAIS_AUTH_MODE).toBe('entra');
  });
});
