using System.Net.Http.Json;
using System.Text.Json;
using CqpBot.Channel.Auth;
using Microsoft.Extensions.Options;

namespace CqpBot.Channel.Connector;

/// <summary>
/// The bearer token the bot sends to the connector (protocol.md §4): client credentials for MultiTenant
/// (tenant botframework.com) and SingleTenant, a managed-identity token for UserAssignedMSI. Cached until 5 min before expiry.
/// </summary>
public sealed class ConnectorTokenProvider(IOptions<BotOptions> options, IHttpClientFactory http, TimeProvider clock)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expiresAt;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.IsAnonymous)
            return null;
        if (token is not null && clock.GetUtcNow() < expiresAt)
            return token;

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is not null && clock.GetUtcNow() < expiresAt)
                return token;
            var client = http.CreateClient(nameof(ConnectorTokenProvider));
            using var response = bot.MicrosoftAppType == "UserAssignedMSI"
                ? await client.SendAsync(ManagedIdentityRequest(bot), cancellationToken)
                : await client.PostAsync(TokenEndpoint(bot), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = bot.MicrosoftAppId!,
                    ["client_secret"] = bot.MicrosoftAppPassword ?? "",
                    ["scope"] = bot.ConnectorScope,
                }), cancellationToken);
            response.EnsureSuccessStatusCode();
            using var body = await response.Content.ReadFromJsonAsync<JsonDocument>(cancellationToken) ?? throw new InvalidOperationException("Empty token response.");
            token = body.RootElement.GetProperty("access_token").GetString();
            var lifetime = body.RootElement.TryGetProperty("expires_in", out var e) ? ReadSeconds(e) : 3600;
            expiresAt = clock.GetUtcNow().AddSeconds(Math.Max(60, lifetime - 300));
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    private static string TokenEndpoint(BotOptions bot)
    {
        if (!string.IsNullOrWhiteSpace(bot.OAuthTokenEndpoint))
            return bot.OAuthTokenEndpoint;
        var tenant = bot.MicrosoftAppType == "SingleTenant" ? bot.MicrosoftAppTenantId : "botframework.com";
        return $"https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    }

    // App Service exposes IDENTITY_ENDPOINT/IDENTITY_HEADER; elsewhere the instance metadata service answers.
    private static HttpRequestMessage ManagedIdentityRequest(BotOptions bot)
    {
        var resource = Uri.EscapeDataString(bot.ConnectorScope.Replace("/.default", "", StringComparison.Ordinal));
        var clientId = Uri.EscapeDataString(bot.MicrosoftAppId!);
        var endpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        var request = endpoint is not null
            ? new HttpRequestMessage(HttpMethod.Get, $"{endpoint}?api-version=2019-08-01&resource={resource}&client_id={clientId}")
            : new HttpRequestMessage(HttpMethod.Get, $"{bot.OAuthTokenEndpoint ?? "http://169.254.169.254/metadata/identity/oauth2/token"}?api-version=2018-02-01&resource={resource}&client_id={clientId}");
        if (endpoint is not null)
            request.Headers.Add("X-IDENTITY-HEADER", Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        else
            request.Headers.Add("Metadata", "true");
        return request;
    }

    private static int ReadSeconds(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number ? e.GetInt32() : int.TryParse(e.GetString(), out var s) ? s : 3600;
}
