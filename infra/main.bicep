// Relais in one resource group: the Functions app (API + pages + bot endpoint) on Linux Flex
// Consumption with Node 22, a data storage account for the CRM tables and queues, a runtime storage
// account for the Functions host, Application Insights, Key Vault for secrets, and the Azure Bot with
// its Teams channel. Every storage account and Application Insights are reached with the app's
// managed identity: no account key or instrumentation key is in use anywhere. Deploy with `azd up`
// (azure.yaml) or as docs/deploy.md describes.
targetScope = 'resourceGroup'

@description('Azure region for everything but the bot (global). Flex Consumption is not offered in every region.')
param location string = resourceGroup().location

@description('Lower-case letters only; starts every resource name.')
@minLength(3)
@maxLength(10)
param namePrefix string = 'relais'

@description('Short environment name, e.g. prod, staging.')
@minLength(2)
@maxLength(8)
param environmentName string = 'prod'

@description('Entra tenant the app registrations live in.')
param entraTenantId string = tenant().tenantId

@description('Application (client) id of the Relais Entra app registration (API + nested app authentication).')
@minLength(36)
@maxLength(36)
param apiClientId string

@description('Application ID URI of that registration. Empty: api://<public host>/<apiClientId>.')
param apiAppIdUri string = ''

@description('Tenants whose users may call the API (tid claim). Empty: only entraTenantId.')
param allowedTenantIds array = []

@description('Entra application (client) id the bot is bound to.')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Client secret of the bot app registration; stored in Key Vault, never in app settings.')
@secure()
param botAppPassword string

@description('Tenant of the bot app registration (single-tenant bot).')
param botTenantId string = entraTenantId

@allowed([
  'F0'
  'S1'
])
@description('Teams is a standard channel: F0 carries it without message limits.')
param botSku string = 'F0'

@description('Custom host name already bound to the Function App (optional). Empty: the default azurewebsites.net host.')
param customHostName string = ''

@description('E-mail domains of your own company, comma-separated (colleagues are not matched as clients).')
param internalDomains string = ''

@description('Entra object ids of the fallback data stewards, comma-separated (approvers when no manager is found).')
param stewardIds string = ''

@description('Data-steward groups as JSON, e.g. {"territory:Nord": ["<object id>"]}. Empty: none.')
param stewardGroups string = ''

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
@description('Redundancy of the CRM data account.')
param dataStorageSku string = 'Standard_ZRS'

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

var suffix = uniqueString(resourceGroup().id, namePrefix, environmentName)
var prefix = toLower(namePrefix)
var baseName = '${prefix}-${environmentName}'
var runtimeStorageName = take('${prefix}rt${suffix}', 24)
var dataStorageName = take('${prefix}data${suffix}', 24)
var keyVaultName = take('${prefix}-kv-${suffix}', 24)
var functionAppName = '${baseName}-api-${take(suffix, 6)}'
var deploymentContainerName = 'app-package'
var botPasswordSecretName = 'bot-app-password'
// azd finds the resources it deploys to by these tags.
var tags = { 'azd-env-name': environmentName }

// Built-in role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

// Telemetry is accepted only from Entra identities (the app's, with Monitoring Metrics Publisher):
// the instrumentation key in the connection string alone cannot write to it.
resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

// Runtime storage: the Functions host's leases, timers and the deployment package. Reached by
// managed identity only (no keys).
resource runtimeStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: runtimeStorageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
  }
}

resource runtimeBlobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: runtimeStorage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: runtimeBlobs
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Data storage: the CRM's tables (created on first use) and its work queues. A separate account so
// the system of record has its own redundancy, access rules and ~20,000 transactions/s budget,
// untouched by host traffic, and can be backed up, locked or sharded without touching the runtime.
// Shared keys are off: the app reaches it with its managed identity only.
resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: dataStorageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: dataStorageSku
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource dataTables 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: dataStorage
  name: 'default'
}

resource dataQueues 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: dataStorage
  name: 'default'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: botPasswordSecretName
  properties: {
    value: botAppPassword
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  tags: union(tags, { 'azd-service-name': 'api' })
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${runtimeStorage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

// No publishing with a user name and password (FTP or the SCM site's basic auth): deployments
// authenticate with Entra ID (azd, az, Core Tools all do).
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource runtimeBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(runtimeStorage.id, functionApp.id, roles.storageBlobDataOwner)
  scope: runtimeStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource runtimeQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(runtimeStorage.id, functionApp.id, roles.storageQueueDataContributor)
  scope: runtimeStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource dataTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage.id, functionApp.id, roles.storageTableDataContributor)
  scope: dataStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// The work queues: the API enqueues, the queue-triggered functions read and delete.
resource dataQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage.id, functionApp.id, roles.storageQueueDataContributor)
  scope: dataStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionApp.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

var publicHost = empty(customHostName) ? functionApp.properties.defaultHostName : customHostName
var apiAudience = empty(apiAppIdUri) ? 'api://${publicHost}/${apiClientId}' : apiAppIdUri
var allowedTenants = empty(allowedTenantIds) ? array(entraTenantId) : allowedTenantIds
var keyVaultReference = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName='

var appSettingsValues = {
  // The Functions host's own storage, by identity (the account has no keys).
  AzureWebJobsStorage__accountName: runtimeStorage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  // The CRM data, by identity; the endpoints come from the account, so any Azure cloud works.
  RELAIS_STORAGE_ACCOUNT: dataStorage.name
  RELAIS_TABLE_ENDPOINT: dataStorage.properties.primaryEndpoints.table
  RELAIS_QUEUE_ENDPOINT: dataStorage.properties.primaryEndpoints.queue
  // Identity-based connection for queue triggers (`connection: 'RELAIS_STORAGE'`).
  RELAIS_STORAGE__queueServiceUri: dataStorage.properties.primaryEndpoints.queue
  RELAIS_STORAGE__credential: 'managedidentity'
  RELAIS_AUTH_MODE: 'entra'
  RELAIS_ENTRA_TENANT_ID: entraTenantId
  RELAIS_ENTRA_AUDIENCE: '${apiAudience},${apiClientId}'
  RELAIS_ENTRA_ALLOWED_TENANTS: join(allowedTenants, ',')
  RELAIS_BOT_APP_ID: botAppId
  RELAIS_BOT_APP_PASSWORD: '${keyVaultReference}${botPasswordSecretName})'
  RELAIS_BOT_TENANT_ID: botTenantId
  // Approval routing reads managers from Microsoft Graph app-only, with the bot's registration
  // (it needs the User.Read.All application permission, see docs/deploy.md).
  RELAIS_GRAPH_CLIENT_ID: botAppId
  RELAIS_GRAPH_CLIENT_SECRET: '${keyVaultReference}${botPasswordSecretName})'
  RELAIS_STEWARD_IDS: stewardIds
  RELAIS_STEWARD_GROUPS: stewardGroups
  RELAIS_PUBLIC_HOST: publicHost
  RELAIS_INTERNAL_DOMAINS: internalDomains
}

// Flex Consumption takes the runtime and version from functionAppConfig: no FUNCTIONS_WORKER_RUNTIME
// or WEBSITE_NODE_DEFAULT_VERSION here. Secrets are Key Vault references resolved by the app identity.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: appSettingsValues
  dependsOn: [
    runtimeBlobOwner
    runtimeQueueContributor
    vaultSecretsUser
    dataTableContributor
    dataQueueContributor
    telemetryPublisher
    botPasswordSecret
    dataTables
    dataQueues
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${take(suffix, 6)}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Relais'
    endpoint: 'https://${publicHost}/api/bot/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output functionAppName string = functionApp.name
output publicHost string = publicHost
output dataStorageAccountName string = dataStorage.name
output keyVaultName string = vault.name
output botName string = bot.name
// The values manifest/env/<environment>.env needs (RELAIS_APP_ID is yours to generate once).
output manifestEnv object = {
  RELAIS_HOST: publicHost
  RELAIS_BOT_ID: botAppId
  AAD_APP_CLIENT_ID: apiClientId
  AAD_APP_RESOURCE: apiAudience
}
