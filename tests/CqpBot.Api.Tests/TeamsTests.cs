using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>Interviewers in Teams: Universal Actions answered in place, the next question sent through the connector.</summary>
public class TeamsTests : IAsyncLifetime
{
    private LocalChannelService connector = null!;
    private CqpBotApplication app = null!;

    public async Task InitializeAsync()
    {
        connector = await LocalChannelService.StartAsync();
        app = new CqpBotApplication();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    private JsonObject TeamsActivity(BotConversation bot, string type)
    {
        var activity = bot.NewActivity(type);
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = connector.BaseUrl;
        activity["from"]!["aadObjectId"] = "aad-" + bot.UserId;
        activity["conversation"]!["conversationType"] = "personal";
        activity["conversation"]!["tenantId"] = "tenant-1";
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        return activity;
    }

    private JsonObject LastCardSent() =>
        connector.Received.Reverse().Select(r => r.Activity["attachments"]?[0]?["content"]).OfType<JsonObject>().First();

    /// <summary>The interviewer adds the app: the welcome (the data statement card) arrives through the connector.</summary>
    private async Task<JsonObject> InstallAsync(BotConversation bot)
    {
        var install = TeamsActivity(bot, "installationUpdate");
        install["action"] = "add";
        using var response = await bot.Http.PostAsJsonAsync("/api/messages", install);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return LastCardSent();
    }

    private async Task<HttpResponseMessage> Execute(BotConversation bot, JsonObject card, string title, Dictionary<string, string>? inputs = null, string? activityId = null)
    {
        var action = BotConversation.FindAction(card, title)!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var (k, v) in inputs ?? [])
            data[k] = v;
        var invoke = TeamsActivity(bot, "invoke");
        if (activityId is not null)
            invoke["id"] = activityId;
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)action["verb"], ["data"] = data }, ["trigger"] = "manual" };
        return await bot.Http.PostAsJsonAsync("/api/messages", invoke);
    }

    [Fact]
    public async Task Installing_the_app_welcomes_the_interviewer_with_universal_action_cards()
    {
        var bot = app.Conversation("msteams");
        var install = TeamsActivity(bot, "installationUpdate");
        install["action"] = "add";
        using var response = await bot.Http.PostAsJsonAsync("/api/messages", install);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = LastCardSent();
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Action.Execute", (string?)BotConversation.FindAction(card, "J'accepte")!["type"]);
        Assert.Equal(bot.UserId, (string?)card["refresh"]!["userIds"]![0]);
    }

    [Fact]
    public async Task An_execute_action_is_answered_with_the_refreshed_card_and_the_next_question_follows()
    {
        var bot = app.Conversation("msteams");
        var consent = await InstallAsync(bot);

        using var response = await Execute(bot, consent, "J'accepte", activityId: "invoke-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, (int?)body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("Réponse enregistrée", BotConversation.Plain(body["value"]!));
        Assert.Contains("Que souhaitez-vous faire", BotConversation.Plain(LastCardSent()));
    }

    [Fact]
    public async Task A_double_click_on_the_same_card_is_applied_once()
    {
        var bot = app.Conversation("msteams");
        var consent = await InstallAsync(bot);
        string firstAnswer;
        using (var first = await Execute(bot, consent, "J'accepte", activityId: "click-1"))
            firstAnswer = await first.Content.ReadAsStringAsync();
        var modeCard = LastCardSent();
        var sentAfterFirst = connector.Received.Count;

        using var retry = await Execute(bot, consent, "J'accepte", activityId: "click-1");
        using var second = await Execute(bot, consent, "J'accepte", activityId: "click-2");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(firstAnswer, await retry.Content.ReadAsStringAsync()); // the redelivery gets the stored answer, byte for byte
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var refused = await second.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)refused!["type"]);
        Assert.Contains("ne correspond plus", (string?)refused["value"]);
        Assert.Contains("Que souhaitez-vous faire", BotConversation.Plain(modeCard));
        Assert.True(connector.Received.Count > sentAfterFirst); // the refusal and the current question are shown again
        Assert.Contains("Que souhaitez-vous faire", BotConversation.Plain(LastCardSent()));
    }

    [Fact]
    public async Task A_refresh_of_an_answered_card_returns_its_read_only_version()
    {
        var bot = app.Conversation("msteams");
        var consent = await InstallAsync(bot);
        (await Execute(bot, consent, "J'accepte")).Dispose();

        var refresh = TeamsActivity(bot, "invoke");
        refresh["name"] = "adaptiveCard/action";
        refresh["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refresh", ["data"] = consent["refresh"]!["action"]!["data"]!.DeepClone() }, ["trigger"] = "automatic" };
        using var response = await bot.Http.PostAsJsonAsync("/api/messages", refresh);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("Réponse enregistrée", BotConversation.Plain(body!["value"]!));
        Assert.Null(BotConversation.FindAction(body["value"]!, "J'accepte"));
    }
}
