using System.Text.Json.Nodes;

namespace CqpBot.Deployment.Tests;

public class ArmTemplateTests
{
    private static readonly string ParametersExamplePath = Path.Combine(Repository.Templates, "azuredeploy.parameters.example.json");

    private static readonly string[] Secrets = ["microsoftAppPassword", "directLineSecret", "directLineTokenSigningKey", "postgresAdminPassword", "recordsSigningKey"];

    private readonly ArmTemplate template = ArmTemplate.Load();

    [Fact]
    public void Template_has_the_ARM_top_level_shape()
    {
        var root = template.Root;
        Assert.StartsWith("https://schema.management.azure.com/schemas/", (string?)root["$schema"]);
        Assert.EndsWith("/deploymentTemplate.json#", (string?)root["$schema"]);
        Assert.Equal("1.0.0.0", (string?)root["contentVersion"]);
        Assert.IsType<JsonObject>(root["parameters"]);
        Assert.IsType<JsonArray>(root["resources"]);
        Assert.NotEmpty(template.Resources);
    }

    [Fact]
    public void Every_referenced_parameter_is_defined()
    {
        var undefined = template.ReferencedParameters.Except(template.Parameters.Select(p => p.Key));
        Assert.Empty(undefined);
    }

    [Fact]
    public void Every_defined_parameter_is_used()
    {
        var unused = template.Parameters.Select(p => p.Key).Except(template.ReferencedParameters);
        Assert.Empty(unused);
    }

    [Fact]
    public void Secure_parameters_have_no_default_and_every_secret_is_secure()
    {
        var secure = template.Parameters.Where(p => (string?)p.Value!["type"] == "securestring").ToList();
        Assert.All(secure, p => Assert.False(p.Value!.AsObject().ContainsKey("defaultValue"), p.Key + " has a default"));
        Assert.Equal(Secrets.Order(), secure.Select(p => p.Key).Order());
    }

    [Fact]
    public void Web_app_provides_every_setting_the_bot_reads_from_appsettings_json()
    {
        var missing = BotSettings.Keys.Except(template.AppSettings.Keys);
        Assert.Empty(missing);
    }

    [Fact]
    public void Keys_the_bot_reads_are_flattened_with_double_underscores()
    {
        Assert.Contains("Storage__Postgres__ConnectionString", BotSettings.Keys);
        Assert.Contains("DirectLine__TokenSigningKey", BotSettings.Keys);
        Assert.DoesNotContain(BotSettings.Keys, k => k.StartsWith("Logging", StringComparison.Ordinal) || k is "AllowedHosts" or "Urls");
    }

    [Fact]
    public void Web_app_reads_the_front_ends_forwarded_headers_so_the_page_gets_https_addresses()
    {
        Assert.Equal("true", template.AppSettings["ASPNETCORE_FORWARDEDHEADERS_ENABLED"]);
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_with_https_always_on_websockets_and_health_check()
    {
        var site = template.WebApp;
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.True((bool)template.Resource("Microsoft.Web/serverfarms")["properties"]!["reserved"]!);
    }

    [Fact]
    public void Production_store_is_postgres_and_secrets_come_from_secure_parameters()
    {
        var settings = template.AppSettings;
        Assert.Equal("Postgres", settings["Storage__Provider"]);
        Assert.Contains("parameters('postgresAdminPassword')", settings["Storage__Postgres__ConnectionString"]);
        Assert.Contains("fullyQualifiedDomainName", settings["Storage__Postgres__ConnectionString"]);
        Assert.Contains("parameters('microsoftAppPassword')", settings["MicrosoftAppPassword"]);
        Assert.Contains("parameters('directLineSecret')", settings["DirectLine__Secret"]);
        Assert.Contains("parameters('directLineTokenSigningKey')", settings["DirectLine__TokenSigningKey"]);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);

        template.Resource("Microsoft.DBforPostgreSQL/flexibleServers");
        template.Resource("Microsoft.DBforPostgreSQL/flexibleServers/databases");
        var firewall = template.Resource("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        Assert.Equal("0.0.0.0", (string?)firewall["properties"]!["startIpAddress"]);
        Assert.Equal("0.0.0.0", (string?)firewall["properties"]!["endIpAddress"]);
        template.Resource("Microsoft.OperationalInsights/workspaces");
        template.Resource("Microsoft.Insights/components");
    }

    [Fact]
    public void Bot_is_an_azurebot_with_its_messaging_endpoint_and_the_three_channels()
    {
        var bot = template.Resource("Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Contains("parameters('msaAppType')", (string?)bot["properties"]!["msaAppType"]);
        Assert.Contains("msaAppMSIResourceId", bot["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("https://{0}.azurewebsites.net/api/messages", FormatOf((string)template.Root["variables"]!["messagingEndpoint"]!));

        var channels = template.Resources.Where(r => (string?)r["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r["properties"]!["channelName"]);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels.Order());

        var allowed = template.Parameters["msaAppType"]!["allowedValues"]!.AsArray().Select(v => (string?)v);
        Assert.Equal(["MultiTenant", "SingleTenant", "UserAssignedMSI"], allowed);
        Assert.Equal(["F0", "S1"], template.Parameters["botSku"]!["allowedValues"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void Managed_identity_is_created_and_assigned_only_for_UserAssignedMSI()
    {
        var identity = template.Resource("Microsoft.ManagedIdentity/userAssignedIdentities");
        Assert.Equal("[variables('useManagedIdentity')]", (string?)identity["condition"]);
        Assert.Equal("[equals(parameters('msaAppType'), 'UserAssignedMSI')]", (string?)template.Root["variables"]!["useManagedIdentity"]);
        Assert.Contains("UserAssigned", template.WebApp["identity"]!.ToString());
        Assert.Contains(".clientId", template.AppSettings["MicrosoftAppId"]);
        Assert.Contains(".tenantId", template.AppSettings["MicrosoftAppTenantId"]);
    }

    [Fact]
    public void Parameters_example_is_an_ARM_parameters_file_for_this_template()
    {
        var example = JsonNode.Parse(File.ReadAllText(ParametersExamplePath))!.AsObject();
        Assert.EndsWith("/deploymentParameters.json#", (string?)example["$schema"]);
        Assert.Equal("1.0.0.0", (string?)example["contentVersion"]);
        var given = example["parameters"]!.AsObject();
        Assert.All(given, p => Assert.True(template.Parameters.ContainsKey(p.Key), p.Key + " is not a template parameter"));
        Assert.All(given, p => Assert.NotNull(p.Value!["value"]));

        var required = template.Parameters.Where(p => !p.Value!.AsObject().ContainsKey("defaultValue")).Select(p => p.Key);
        Assert.All(required, name => Assert.True(given.ContainsKey(name), name + " has no default and is missing from the example"));
    }

    [Fact]
    public void Parameters_example_holds_placeholders_not_secrets()
    {
        var given = JsonNode.Parse(File.ReadAllText(ParametersExamplePath))!["parameters"]!.AsObject();
        foreach (var name in Secrets)
        {
            var value = (string?)given[name]!["value"];
            Assert.True(value == "" || (value!.StartsWith('<') && value.EndsWith('>')), name + " should be a <placeholder> or empty");
        }
    }

    /// <summary>"[format('a{0}b', x)]" → "a{0}b".</summary>
    private static string FormatOf(string expression)
    {
        const string prefix = "[format('";
        Assert.StartsWith(prefix, expression);
        return expression[prefix.Length..expression.IndexOf('\'', prefix.Length)];
    }
}
