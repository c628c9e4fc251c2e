using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>The embedded Direct Line as Web Chat's client calls it: tokens bound to one conversation, watermarks that only grow.</summary>
public class DirectLineTests
{
    private sealed class Client(HttpClient http)
    {
        public string Token { get; set; } = "";
        public string ConversationId { get; set; } = "";

        public async Task<JsonObject> Start()
        {
            var page = await (await http.PostAsJsonAsync("/api/directline/token", new { })).Content.ReadFromJsonAsync<JsonObject>();
            Token = (string)page!["token"]!;
            var started = await Send(HttpMethod.Post, "/v3/directline/conversations");
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
            ConversationId = (string)body["conversationId"]!;
            return body;
        }

        public Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null, string? token = null)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
            if (body is not null)
                request.Content = JsonContent.Create(body);
            return http.SendAsync(request);
        }

        public async Task<string> Post(object activity)
        {
            using var response = await Send(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        }

        public async Task<JsonObject> Activities(string? watermark = null)
        {
            using var response = await Send(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
    }

    [Fact]
    public async Task A_page_starts_a_conversation_joins_and_reads_the_welcome_by_polling()
    {
        await using var app = new CqpBotApplication();
        var client = new Client(app.CreateClient());
        var started = await client.Start();
        Assert.StartsWith("ws://", (string?)started["streamUrl"]);

        var joinId = await client.Post(new { type = "event", name = "webchat/join", value = new { mode = "auto" }, from = new { id = "dl_user" }, channelData = new { clientActivityID = "client-1" } });
        var set = await client.Activities();

        var activities = set["activities"]!.AsArray();
        var echo = activities.First(a => (string?)a!["id"] == joinId)!;
        Assert.Equal("client-1", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Contains(activities, a => BotConversation.Plain(a!).Contains("Vos données"));
        Assert.Contains(activities, a => (string?)a!["from"]?["role"] == "bot");
    }

    [Fact]
    public async Task Watermarks_only_grow_and_a_watermark_returns_only_what_came_after()
    {
        await using var app = new CqpBotApplication();
        var client = new Client(app.CreateClient());
        await client.Start();
        await client.Post(new { type = "event", name = "webchat/join", value = new { mode = "auto" }, from = new { id = "u" } });
        var first = await client.Activities();
        var watermark = (string)first["watermark"]!;

        await client.Post(new { type = "message", text = "j'accepte", from = new { id = "u" } });
        var next = await client.Activities(watermark);

        Assert.True(long.Parse((string)next["watermark"]!) > long.Parse(watermark));
        Assert.DoesNotContain(next["activities"]!.AsArray(), a => BotConversation.Plain(a!).Contains("Vos données"));
        Assert.Contains(next["activities"]!.AsArray(), a => (string?)a!["text"] == "j'accepte");
        var again = await client.Activities((string)next["watermark"]!);
        Assert.Empty(again["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_token_never_reads_or_writes_another_conversation()
    {
        await using var app = new CqpBotApplication();
        var alice = new Client(app.CreateClient());
        await alice.Start();
        await alice.Post(new { type = "message", text = "Alice Secret", from = new { id = "alice" } });
        var mallory = new Client(app.CreateClient());
        await mallory.Start();

        using var read = await mallory.Send(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities");
        using var write = await mallory.Send(HttpMethod.Post, $"/v3/directline/conversations/{alice.ConversationId}/activities", new { type = "message", text = "intrus" });
        using var resume = await mallory.Send(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.DoesNotContain("intrus", BotConversation.Plain(await alice.Activities()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("eyJjIjoiYSIsImV4cCI6OTk5OTk5OTk5OX0.AAAA")]
    public async Task A_tampered_or_missing_token_is_403(string token)
    {
        await using var app = new CqpBotApplication();
        var client = new Client(app.CreateClient());
        await client.Start();
        using var response = await client.Send(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", token: token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(300 * 1024, HttpStatusCode.RequestEntityTooLarge, "dépasse la taille autorisée (256 Ko)")]
    [InlineData(0, HttpStatusCode.BadRequest, "n'est pas une activité JSON valide")]
    public async Task A_posted_body_over_the_limit_or_not_json_is_refused_with_its_reason_in_french(int textLength, HttpStatusCode expected, string reason)
    {
        await using var app = new CqpBotApplication();
        var client = new Client(app.CreateClient());
        await client.Start();
        var body = textLength > 0 ? $$"""{"type":"message","from":{"id":"u"},"text":"{{new string('a', textLength)}}"}""" : """{"type":"message",""";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(reason, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"], StringComparison.Ordinal);
        Assert.Empty((JsonArray)(await client.Activities())["activities"]!); // nothing of it reached the conversation
    }

    [Fact]
    public async Task A_secret_that_differs_from_the_configured_one_gets_no_conversation()
    {
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["DirectLine:Secret"] = "the-right-secret-0123456789" });
        var client = new Client(app.CreateClient());
        foreach (var wrong in new[] { "the-right-secret-012345678", "the-right-secret-0123456780", "THE-RIGHT-SECRET-0123456789" })
        {
            using var refused = await client.Send(HttpMethod.Post, "/v3/directline/tokens/generate", token: wrong);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var granted = await client.Send(HttpMethod.Post, "/v3/directline/tokens/generate", token: "the-right-secret-0123456789");
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }

    [Theory]
    [InlineData(null, "http://localhost/v3/directline")]
    [InlineData("true", "https://localhost/v3/directline")]
    public async Task Behind_a_tls_front_end_the_page_gets_https_addresses_when_forwarded_headers_are_on(string? forwardedHeaders, string domain)
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED, as the Azure template sets it: the front end ends TLS and says so.
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["ForwardedHeaders_Enabled"] = forwardedHeaders });
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await (await http.PostAsync("/api/directline/token", null)).Content.ReadFromJsonAsync<JsonObject>();
        var client = new Client(http) { Token = (string)page!["token"]! };
        using var started = await client.Send(HttpMethod.Post, "/v3/directline/conversations");
        var conversation = await started.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(domain, (string?)page["domain"]);
        Assert.StartsWith(domain.Replace("http", "ws", StringComparison.Ordinal), (string?)conversation!["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_same_conversation()
    {
        await using var app = new CqpBotApplication();
        var client = new Client(app.CreateClient());
        await client.Start();
        using var refreshed = await client.Send(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var body = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        client.Token = (string)body["token"]!;
        await client.Activities();
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_flood_from_one_conversation_is_slowed_with_429_and_others_are_not(string method)
    {
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["DirectLine:MaxPostsPer10Seconds"] = "5", ["DirectLine:MaxReadsPer10Seconds"] = "5" });
        var client = new Client(app.CreateClient());
        await client.Start();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var body = method == "POST" ? new { type = "message", text = "bonjour " + i, from = new { id = "u" } } : null;
            using var response = await client.Send(new HttpMethod(method), $"/v3/directline/conversations/{client.ConversationId}/activities", body);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Take(5).All(s => s != HttpStatusCode.TooManyRequests), string.Join(", ", statuses));
        var other = new Client(app.CreateClient());
        await other.Start();
        using var otherResponse = await other.Send(new HttpMethod(method), $"/v3/directline/conversations/{other.ConversationId}/activities", method == "POST" ? new { type = "message", text = "bonjour", from = new { id = "v" } } : null);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherResponse.StatusCode);
    }

    [Fact]
    public async Task In_azure_mode_the_page_gets_a_token_exchanged_on_the_server_and_never_the_secret()
    {
        await using var azure = await LocalChannelService.StartAsync();
        await using var app = new CqpBotApplication(new Dictionary<string, string?>
        {
            ["DirectLine:Mode"] = "Azure",
            ["DirectLine:Secret"] = LocalChannelService.DirectLineSecret,
            ["DirectLine:AzureDomain"] = azure.BaseUrl + "/v3/directline",
        });

        using var response = await app.CreateClient().PostAsync("/api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer " + LocalChannelService.DirectLineSecret, Assert.Single(azure.DirectLineTokenRequests));
        var token = JsonNode.Parse(body)!;
        Assert.Equal("azure-token-1", (string?)token["token"]);
        Assert.Equal(azure.BaseUrl + "/v3/directline", (string?)token["domain"]);
        Assert.DoesNotContain(LocalChannelService.DirectLineSecret, body);
        // No resume ticket: the page refreshes Azure's token instead, and the embedded resume is not there.
        Assert.Null(token["resume"]);
        using var resume = await app.CreateClient().PostAsync("/api/directline/resume", null);
        Assert.Equal(HttpStatusCode.NotFound, resume.StatusCode);
    }
}
