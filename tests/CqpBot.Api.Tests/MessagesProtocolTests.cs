using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>The HTTP edge of /api/messages: what a channel gets back for good and bad activities.</summary>
public class MessagesProtocolTests
{
    [Fact]
    public async Task A_new_member_is_welcomed_inline_with_the_consent_card()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        var update = bot.NewActivity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = bot.UserId });
        await bot.Send(update);

        Assert.Equal(HttpStatusCode.OK, bot.LastStatus);
        Assert.Contains("Bonjour", bot.Text);
        Assert.Contains("Vos données", bot.Text);
        Assert.NotNull(BotConversation.FindAction(bot.LastCard, "J'accepte"));
        Assert.Equal("1.5", (string?)bot.LastCard["version"]);
    }

    [Fact]
    public async Task An_expect_replies_answer_on_the_wire_announces_its_length_and_is_not_chunked()
    {
        await using var app = new CqpBotApplication();
        var server = app.StartOnKestrel();
        var bot = new BotConversation(new HttpClient { BaseAddress = server }, "test", "user-1");
        var update = bot.NewActivity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = bot.UserId });

        using var response = await bot.Http.PostAsync("/api/messages", new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        var activities = JsonNode.Parse(body)!["activities"]!.AsArray();
        Assert.Contains(activities, a => ((string?)a!["text"] ?? "").Contains("Bonjour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_joining_the_conversation_is_not_greeted()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        var update = bot.NewActivity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "cqpbot" });
        await bot.Send(update);

        Assert.Equal(HttpStatusCode.OK, bot.LastStatus);
        Assert.Empty(bot.Replies);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"text\"")]
    [InlineData("{\"text\":\"bonjour\"}")]
    [InlineData("{\"type\":\"message\",\"text\":5}")]
    public async Task What_is_not_an_activity_is_refused_with_400_and_a_reason(string body)
    {
        await using var app = new CqpBotApplication();
        using var response = await app.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrWhiteSpace((string?)problem!["detail"]));
    }

    [Fact]
    public async Task An_activity_without_conversation_is_refused_with_400()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        var activity = bot.NewActivity();
        activity.Remove("conversation");
        activity["text"] = "bonjour";
        await bot.Send(activity);

        Assert.Equal(HttpStatusCode.BadRequest, bot.LastStatus);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_answered_200_and_ignored()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        await bot.Send(bot.NewActivity("messageReaction"));

        Assert.Equal(HttpStatusCode.OK, bot.LastStatus);
        Assert.Empty(bot.Replies);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        var activity = bot.NewActivity();
        activity["text"] = new string('a', 300 * 1024);
        await bot.Send(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bot.LastStatus);
    }

    [Fact]
    public async Task Get_on_the_messages_endpoint_is_405()
    {
        await using var app = new CqpBotApplication();
        using var response = await app.CreateClient().GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_unsupported_invoke_gets_an_error_body_not_a_crash()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        var invoke = bot.NewActivity("invoke");
        invoke.Remove("deliveryMode");
        invoke["name"] = "composeExtension/query";
        using var response = await bot.Http.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.error", (string?)body!["type"]);
    }

    [Fact]
    public async Task Health_reports_the_store()
    {
        await using var app = new CqpBotApplication();
        var health = await app.CreateClient().GetFromJsonAsync<JsonObject>("/healthz");
        Assert.Equal("ok", (string?)health!["store"]);
    }
}
