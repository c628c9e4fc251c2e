// CqpBot on Azure: Azure Bot (Teams + Direct Line + Web Chat channels), Linux App Service (.NET 10),
// PostgreSQL Flexible Server (the production store), Application Insights on a Log Analytics workspace,
// and, for msaAppType UserAssignedMSI, the user-assigned managed identity the bot authenticates with.
// azuredeploy.json is this file compiled by `bash deploymentTemplates/build.sh`; edit this file, not the JSON.
// The web app's settings are the keys the bot reads (the repository's appsettings.json) in the
// environment-variable form of ASP.NET Core: nested keys joined by a double underscore.

@description('Location of every regional resource (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('Prefix of the default resource names.')
@minLength(2)
@maxLength(20)
param baseName string = 'cqpbot'

@description('Web app name; also the host name <appName>.azurewebsites.net, so it must be globally unique.')
@minLength(2)
@maxLength(40)
param appName string = '${baseName}-${uniqueString(resourceGroup().id)}'

@description('Azure Bot resource name (globally unique).')
@minLength(2)
@maxLength(64)
param botName string = appName

@description('Name shown for the bot in the channels.')
param botDisplayName string = 'CqpBot'

@description('Azure Bot pricing tier: F0 (free) or S1 (standard).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (Linux). Always On needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('How the bot authenticates to the Bot Framework: an Entra app registration (MultiTenant or SingleTenant, with a client secret) or a user-assigned managed identity this template creates (UserAssignedMSI).')
@allowed([
  'MultiTenant'
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string = 'SingleTenant'

@description('Application (client) id of the Entra app registration. Required for MultiTenant and SingleTenant; ignored for UserAssignedMSI (the identity\'s client id is used).')
param msaAppId string = ''

@description('Tenant of the app registration (SingleTenant) or of the managed identity (UserAssignedMSI). Not used for MultiTenant.')
param msaAppTenantId string = subscription().tenantId

@description('Client secret of the app registration (MicrosoftAppPassword). Pass an empty string for UserAssignedMSI.')
@secure()
param microsoftAppPassword string

@description('Embedded: the bot serves Direct Line 3.0 itself. Azure: Web Chat goes through the Azure Bot Direct Line channel (production).')
@allowed([
  'Embedded'
  'Azure'
])
param directLineMode string = 'Azure'

@description('Secret of the Azure Direct Line channel site (DirectLine:Secret). Empty: the template reads the key of the site it creates.')
@secure()
param directLineSecret string

@description('Key the bot signs its own Direct Line tokens with in Embedded mode (DirectLine:TokenSigningKey); a long random string.')
@secure()
param directLineTokenSigningKey string

@description('Key the bot signs its record download links with (Records:SigningKey), at least 32 characters; the same for every instance so that a link survives a restart.')
@secure()
@minLength(32)
param recordsSigningKey string

@description('PDFsharp licence for the PDF guide (Documents:PdfSharpLicense): AGPL or a commercial key. Empty: no PDF is offered (Word and JSON are). A licensing decision for the deploying organisation.')
param pdfSharpLicense string = ''

@description('Folder of the interview guides (Dialogs:Path). Empty: the dialogs/ folder published with the app.')
param dialogsPath string = ''

@description('Days interview records are kept (Storage:RetentionDays).')
@minValue(1)
param retentionDays int = 365

@description('PostgreSQL Flexible Server name (globally unique).')
param postgresServerName string = '${appName}-pg'

@description('PostgreSQL major version.')
@allowed([
  '15'
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier; must match postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('PostgreSQL administrator login (also the login the bot connects with).')
param postgresAdminLogin string = 'cqpbotadmin'

@description('PostgreSQL administrator password.')
@secure()
param postgresAdminPassword string

@description('Database the bot stores its interviews in.')
param postgresDatabaseName string = 'cqpbot'

@description('Days the Log Analytics workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var useManagedIdentity = msaAppType == 'UserAssignedMSI'
var isMultiTenant = msaAppType == 'MultiTenant'
var messagingEndpoint = 'https://${appName}.azurewebsites.net/api/messages'
// The bot's identity as the Bot Framework knows it: the managed identity's client id for UserAssignedMSI, else the app registration.
var botAppId = useManagedIdentity ? botIdentity!.properties.clientId : msaAppId
var botTenantId = isMultiTenant ? '' : (useManagedIdentity ? botIdentity!.properties.tenantId : msaAppTenantId)
// DbConnectionStringBuilder syntax: the password is single-quoted with inner quotes doubled, so any character is safe.
var postgresConnectionString = 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${postgresDatabaseName};Username=${postgresAdminLogin};Password=\'${replace(postgresAdminPassword, '\'', '\'\'')}\';SSL Mode=VerifyFull'

// ---------------------------------------------------------------- identity (UserAssignedMSI only)

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: '${appName}-id'
  location: location
}

// ---------------------------------------------------------------- monitoring

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// ---------------------------------------------------------------- store: PostgreSQL Flexible Server

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: postgresStorageSizeGB
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's convention for "allow public access from any Azure service".
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// ---------------------------------------------------------------- web app

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: useManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${botIdentity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        {
          name: 'MicrosoftAppType'
          value: msaAppType
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppPassword'
          value: useManagedIdentity ? '' : microsoftAppPassword
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botTenantId
        }
        {
          name: 'Dialogs__Path'
          value: dialogsPath
        }
        {
          name: 'Storage__Provider'
          value: 'Postgres'
        }
        {
          name: 'Storage__Postgres__ConnectionString'
          value: postgresConnectionString
        }
        {
          // Unused while Storage__Provider is Postgres; /home is the App Service storage that survives restarts.
          name: 'Storage__Sqlite__Path'
          value: '/home/data/cqpbot.db'
        }
        {
          name: 'Storage__RetentionDays'
          value: string(retentionDays)
        }
        {
          name: 'DirectLine__Mode'
          value: directLineMode
        }
        {
          name: 'DirectLine__Secret'
          value: directLineMode == 'Azure' && empty(directLineSecret)
            ? directLine.listChannelWithKeys().properties.properties.sites[0].key
            : directLineSecret
        }
        {
          name: 'DirectLine__TokenSigningKey'
          value: directLineTokenSigningKey
        }
        {
          name: 'Records__SigningKey'
          value: recordsSigningKey
        }
        {
          // Download links are opened from Teams or a browser: they must name the public address, not localhost.
          name: 'Records__PublicBaseUrl'
          value: 'https://${appName}.azurewebsites.net'
        }
        {
          name: 'Documents__PdfSharpLicense'
          value: pdfSharpLicense
        }
        {
          // appsettings.json sets Urls to http://localhost:3978 for development, which outranks the
          // ASPNETCORE_URLS/ASPNETCORE_HTTP_PORTS of the platform; this plain variable outranks appsettings.json.
          name: 'Urls'
          value: 'http://0.0.0.0:8080'
        }
        {
          // App Service's front end ends TLS and forwards over http: X-Forwarded-Proto and -For give the page https
          // and wss addresses for its Direct Line (an http one is blocked as mixed content) and the rate limits the
          // client's address instead of the front end's. ASP.NET Core adds the middleware itself when this is set.
          name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED'
          value: 'true'
        }
        {
          name: 'WEBSITES_PORT'
          value: '8080'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
      ]
    }
  }
  dependsOn: [
    postgresDatabase
    postgresAllowAzure
  ]
}

// ---------------------------------------------------------------- Azure Bot and its channels

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: messagingEndpoint
    msaAppType: msaAppType
    msaAppId: botAppId
    msaAppTenantId: isMultiTenant ? null : botTenantId
    msaAppMSIResourceId: useManagedIdentity ? botIdentity.id : null
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

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat candidats'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

// Azure Bot creates this channel by itself; declaring it keeps a redeployment from drifting.
resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

output webAppName string = webApp.name
output webAppHostName string = webApp.properties.defaultHostName
output messagingEndpoint string = messagingEndpoint
output botName string = bot.name
output microsoftAppId string = botAppId
output postgresHost string = postgres.properties.fullyQualifiedDomainName
