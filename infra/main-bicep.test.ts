import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelaisEnv } from '../functions/src/config';

/** No Bicep compiler runs here (it is a downloaded binary); these checks catch template drift. */
const bicep = readFileSync(join(__dirname, 'main.bicep'), 'utf8');
const parameters = JSON.parse(readFileSync(join(__dirname, 'main.parameters.json'), 'utf8')) as {
  parameters: Record<string, unknown>;
};

const declaredParams = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
/** Code with string contents and `//` comments blanked, scanning left to right as Bicep does. */
const stripStringsAndComments = (source: string): string => {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "'") {
      for (i++; i < source.length && source[i] !== "'"; i++) if (source[i] === '\\') i++;
      out += "''";
    } else if (char === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      out += '\n';
    } else out += char;
  }
  return out;
};
const withoutStringsAndComments = stripStringsAndComments(bicep);

describe('infra/main.bicep', () => {
  it('declares every parameter the parameters file sets, and keeps the bot secret out of that file', () => {
    expect(Object.keys(parameters.parameters).filter((name) => !declaredParams.includes(name))).toEqual([]);
    expect(parameters.parameters).not.toHaveProperty('botAppPassword');
    expect(bicep).toMatch(/@secure\(\)\nparam botAppPassword string/);
  });

  it('sets every app setting the API reads', () => {
    const settings = [
      'RELAIS_STORAGE_ACCOUNT',
      'RELAIS_TABLE_ENDPOINT',
      'RELAIS_QUEUE_ENDPOINT',
      'RELAIS_AUTH_MODE',
      'RELAIS_ENTRA_TENANT_ID',
      'RELAIS_ENTRA_AUDIENCE',
      'RELAIS_ENTRA_ALLOWED_TENANTS',
      'RELAIS_BOT_APP_ID',
      'RELAIS_BOT_APP_PASSWORD',
      'RELAIS_BOT_TENANT_ID',
      'RELAIS_GRAPH_CLIENT_ID',
      'RELAIS_GRAPH_CLIENT_SECRET',
      'RELAIS_PUBLIC_HOST',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'APPLICATIONINSIGHTS_AUTHENTICATION_STRING',
      'AzureWebJobsStorage__accountName',
    ];
    expect(settings.filter((name) => !new RegExp(`^\\s+${name}: `, 'm').test(bicep))).toEqual([]);
    expect(bicep).toContain("RELAIS_AUTH_MODE: 'entra'");
    expect(bicep).toMatch(/RELAIS_BOT_APP_PASSWORD: '\$\{keyVaultReference\}/);
  });

  it('names only settings the API knows (a misspelt one would be silently ignored)', () => {
    const block = /^var appSettingsValues = \{([\s\S]*?)^\}/m.exec(bicep)![1]!;
    const written = [...block.matchAll(/^\s+(RELAIS_[A-Z_]+): /gm)].map((m) => m[1]!);
    expect(written.length).toBeGreaterThan(10);
    // RELAIS_PUBLIC_HOST is for the operator (the host the manifest and the bot use); the API does not read it.
    expect(written.filter((name) => !(name in RelaisEnv.shape) && name !== 'RELAIS_PUBLIC_HOST')).toEqual([]);
  });

  it('reaches storage and telemetry with the app identity only: no keys, no connection string, no basic auth', () => {
    expect(withoutStringsAndComments).not.toMatch(/listKeys|RELAIS_STORAGE_CONNECTION_STRING/);
    const accounts = bicep.split(/^resource /m).filter((r) => r.includes("'Microsoft.Storage/storageAccounts@"));
    expect(accounts).toHaveLength(2);
    for (const account of accounts) expect(account).toContain('allowSharedKeyAccess: false');
    const roleOn = (scope: string, role: string) =>
      new RegExp(`scope: ${scope}\\s+properties: \\{\\s+roleDefinitionId: subscriptionResourceId\\('Microsoft.Authorization/roleDefinitions', roles.${role}\\)\\s+principalId: functionApp.identity.principalId`);
    expect(bicep).toMatch(roleOn('dataStorage', 'storageTableDataContributor'));
    expect(bicep).toMatch(roleOn('dataStorage', 'storageQueueDataContributor'));
    expect(bicep).toMatch(roleOn('runtimeStorage', 'storageBlobDataOwner'));
    expect(bicep).toMatch(roleOn('appInsights', 'monitoringMetricsPublisher'));
    expect(bicep).toContain('DisableLocalAuth: true');
    expect(bicep).toContain("APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'");
    for (const kind of ['ftp', 'scm'])
      expect(bicep).toMatch(new RegExp(`basicPublishingCredentialsPolicies@[\\d-]+' = \\{\\s+parent: functionApp\\s+name: '${kind}'\\s+properties: \\{\\s+allow: false`));
  });

  it('is what azure.yaml provisions, and tags the Function App as the service azd deploys', () => {
    const azureYaml = readFileSync(join(__dirname, '..', 'azure.yaml'), 'utf8');
    expect(azureYaml).toMatch(/infra:\s+provider: bicep\s+path: infra\s+module: main/);
    const service = /services:\s+(\w+):\s+project: \.\s+language: js\s+host: function\s+dist: dist\/deploy/.exec(azureYaml);
    expect(service).not.toBeNull();
    expect(bicep).toContain(`tags: union(tags, { 'azd-service-name': '${service![1]}' })`);
  });

  it('runs Node 22 on Flex Consumption, where the worker runtime is not an app setting', () => {
    expect(bicep).toMatch(/runtime: \{\s+name: 'node'\s+version: '22'\s+\}/);
    expect(bicep).toContain("tier: 'FlexConsumption'");
    expect(withoutStringsAndComments).not.toMatch(/FUNCTIONS_WORKER_RUNTIME|WEBSITE_NODE_DEFAULT_VERSION/);
  });

  it('points the bot at the Functions app endpoint with the Teams channel on', () => {
    expect(bicep).toContain("endpoint: 'https://${publicHost}/api/bot/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
  });

  it('has balanced braces, brackets and parentheses outside strings and comments', () => {
    const count = (char: string) => withoutStringsAndComments.split(char).length - 1;
    expect([count('{'), count('['), count('(')]).toEqual([count('}'), count(']'), count(')')]);
  });
});
