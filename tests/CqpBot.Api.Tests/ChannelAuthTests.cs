using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Api.Tests;

/// <summary>Channel tokens checked as the channel service issues them, against keys published by a local OpenID endpoint.</summary>
public class ChannelAuthTests : IAsyncLifetime
{
    private LocalChannelService channel = null!;
    private CqpBotApplication app = null!;

    public async Task InitializeAsync()
    {
        channel = await LocalChannelService.StartAsync();
        app = new CqpBotApplication(channel.BotSettings());
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await channel.DisposeAsync();
    }

    private Task<HttpStatusCode> Post(string? token, Action<JsonObject>? change = null) => PostWithHeader(token is null ? null : $"Bearer {token}", change);

    private async Task<HttpStatusCode> PostWithHeader(string? authorization, Action<JsonObject>? change = null)
    {
        var bot = app.Conversation("test");
        var activity = bot.NewActivity();
        activity["text"] = "bonjour";
        activity["serviceUrl"] = channel.BaseUrl;
        change?.Invoke(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await app.CreateClient().SendAsync(request);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            Assert.Equal(0, (await response.Content.ReadAsStringAsync()).Length);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, await Post(channel.Token(channel.BaseUrl)));

    [Fact]
    public async Task A_token_within_the_five_minutes_of_clock_skew_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, await Post(channel.Token(channel.BaseUrl, expires: DateTime.UtcNow.AddMinutes(-3), notBefore: DateTime.UtcNow.AddMinutes(-20))));

    [Fact]
    public async Task A_missing_authorization_header_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await Post(null));

    [Fact]
    public async Task A_wrong_issuer_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, issuer: "https://sts.example.test/")));

    [Fact]
    public async Task A_wrong_audience_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, audience: "another-bot")));

    [Fact]
    public async Task An_expired_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-30))));

    [Fact]
    public async Task A_token_not_yet_valid_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, notBefore: DateTime.UtcNow.AddMinutes(20), expires: DateTime.UtcNow.AddMinutes(40))));

    [Fact]
    public async Task A_signature_by_another_key_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, signWith: channel.OtherKey)));

    [Fact]
    public async Task An_unknown_key_id_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, keyId: "unknown-key")));

    [Fact]
    public async Task A_key_not_endorsed_for_the_channel_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, signWith: channel.OtherKey, keyId: "webchat-only")));

    [Fact]
    public async Task A_service_url_claim_that_differs_from_the_activity_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token("https://evil.example.test/")));

    [Fact]
    public async Task An_unsigned_token_alg_none_is_401()
    {
        var parts = channel.Token(channel.BaseUrl).Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"key-1\"}");
        Assert.Equal(HttpStatusCode.Unauthorized, await Post($"{header}.{parts[1]}."));
    }

    public static TheoryData<string> GarbledHeaders() =>
    [
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNzd29yZA==",
        "bearer-token-without-scheme",
        "Bearer not.a.jwt",
        "Bearer ....",
        "Bearer e30.e30.",
        "Bearer " + new string('A', 20_000),
        "Bearer \u00e9\u00e9\u00e9.\u00e9\u00e9.\u00e9",
    ];

    [Theory]
    [MemberData(nameof(GarbledHeaders))]
    public async Task A_garbled_authorization_header_is_401(string header) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostWithHeader(header));

    [Fact]
    public async Task A_valid_token_whose_claims_were_edited_after_signing_is_401()
    {
        var parts = channel.Token(channel.BaseUrl).Split('.');
        var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(LocalChannelService.AppId, "another-bot", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await Post($"{parts[0]}.{Base64UrlEncoder.Encode(claims)}.{parts[2]}"));
    }

    [Fact]
    public async Task A_token_signed_with_hs256_using_the_published_public_key_is_401()
    {
        // Algorithm confusion: an attacker who knows the public key signs with it as an HMAC secret.
        var parts = channel.Token(channel.BaseUrl).Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"key-1\"}");
        var signature = HMACSHA256.HashData(channel.Key.ExportSubjectPublicKeyInfo(), Encoding.ASCII.GetBytes($"{header}.{parts[1]}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Post($"{header}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}"));
    }

    [Fact]
    public async Task A_token_without_a_key_id_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await Post(channel.Token(channel.BaseUrl, keyId: null!)));

    [Fact]
    public async Task Replies_go_to_the_connector_with_a_client_credentials_token()
    {
        Assert.Equal(HttpStatusCode.OK, await Post(channel.Token(channel.BaseUrl), a => a.Remove("deliveryMode")));

        Assert.NotEmpty(channel.Received);
        Assert.All(channel.Received, r => Assert.Equal($"Bearer {LocalChannelService.ConnectorToken}", r.Authorization));
        Assert.All(channel.Received, r => Assert.StartsWith("/v3/conversations/conv-", r.Path));
        Assert.Contains(channel.Received, r => ((string?)r.Activity["text"])?.Contains("Bonjour") == true);
        var request = Assert.Single(channel.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(LocalChannelService.AppId, request["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
    }
}
