using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Api.Tests;

/// <summary>
/// What Azure Bot Service is to the bot, on 127.0.0.1: OpenID metadata and signing keys (with endorsements),
/// the token endpoint, and a Bot Connector that records what the bot sends and with which bearer token.
/// </summary>
public sealed class LocalChannelService : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string Issuer = "https://api.botframework.com";
    public const string ConnectorToken = "connector-token-from-local-service";

    private readonly WebApplication app;

    public RSA Key { get; } = RSA.Create(2048);

    public RSA OtherKey { get; } = RSA.Create(2048);

    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Activity)> Received { get; } = new();

    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    public const string DirectLineSecret = "azure-direct-line-secret";

    public ConcurrentQueue<string?> DirectLineTokenRequests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    private LocalChannelService(WebApplication app) => this.app = app;

    public static async Task<LocalChannelService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var service = new LocalChannelService(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new { issuer = Issuer, jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/v1/keys" }));
        app.MapGet("/v1/keys", () => Results.Json(new { keys = new[] { service.Jwk(service.Key, "key-1", ["test", "msteams", "webchat"]), service.Jwk(service.OtherKey, "webchat-only", ["webchat"]) } }));
        app.MapPost("/oauth2/token", async (HttpContext c) =>
        {
            var form = await c.Request.ReadFormAsync();
            service.TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = ConnectorToken });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext c) =>
        {
            var body = await System.Text.Json.JsonSerializer.DeserializeAsync<JsonObject>(c.Request.Body);
            service.Received.Enqueue((c.Request.Path.Value!, c.Request.Headers.Authorization.FirstOrDefault(), body!));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        // Azure Direct Line's token endpoint, for the bot's Azure mode: answers only to the configured secret.
        app.MapPost("/v3/directline/tokens/generate", (HttpContext c) =>
        {
            service.DirectLineTokenRequests.Enqueue(c.Request.Headers.Authorization.FirstOrDefault());
            return c.Request.Headers.Authorization.FirstOrDefault() == "Bearer " + DirectLineSecret
                ? Results.Json(new { conversationId = "azure-conv-1", token = "azure-token-1", expires_in = 1800 })
                : Results.StatusCode(403);
        });
        await app.StartAsync();
        service.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return service;
    }

    public Dictionary<string, string?> BotSettings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "local-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        ["OpenIdMetadataUrl"] = $"{BaseUrl}/v1/.well-known/openidconfiguration",
        ["OAuthTokenEndpoint"] = $"{BaseUrl}/oauth2/token",
    };

    /// <summary>A channel token as the service issues it; every argument can be spoiled by a test.</summary>
    public string Token(string serviceUrl, string issuer = Issuer, string audience = AppId, DateTime? expires = null, DateTime? notBefore = null, RSA? signWith = null, string keyId = "key-1", string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var key = new RsaSecurityKey(signWith ?? Key) { KeyId = keyId };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    private object Jwk(RSA rsa, string kid, string[] endorsements)
    {
        var p = rsa.ExportParameters(false);
        return new { kty = "RSA", use = "sig", kid, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), endorsements };
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Key.Dispose();
        OtherKey.Dispose();
    }
}
