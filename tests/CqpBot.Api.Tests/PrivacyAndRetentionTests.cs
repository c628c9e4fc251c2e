using System.Text.Json.Nodes;
using CqpBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CqpBot.Api.Tests;

/// <summary>RGPD in practice: the candidate's export, paused interviews listed as such, the scheduled retention purge.</summary>
public class PrivacyAndRetentionTests
{
    private static async Task<BotConversation> TeleconseillerChosen(CqpBotApplication app)
    {
        var bot = app.Conversation("webchat");
        return await bot.ChooseCqp("Téléconseiller(ère)");
    }

    [Fact]
    public async Task Exporter_mes_donnees_returns_the_record_as_json_of_this_conversation_only()
    {
        await using var app = new CqpBotApplication();
        var bot = await TeleconseillerChosen(app);
        var other = await TeleconseillerChosen(app);

        await bot.Say("exporter mes données");

        var text = bot.Text;
        var json = JsonNode.Parse(text[(text.IndexOf("```json", StringComparison.Ordinal) + 7)..text.LastIndexOf("```", StringComparison.Ordinal)])!;
        Assert.Equal("teleconseiller", (string?)json["cqpId"]);
        Assert.Equal("en-cours", (string?)json["status"]);
        var mine = (string?)json["interviewId"];
        await other.Say("exporter mes données");
        Assert.DoesNotContain(mine!, other.Text);
    }

    [Fact]
    public async Task A_paused_interview_is_listed_as_paused()
    {
        await using var app = new CqpBotApplication();
        var bot = await TeleconseillerChosen(app);

        await bot.Say("pause");
        await bot.Say("comptes rendus");

        Assert.Contains("Téléconseiller(ère) — en pause", bot.Text);
    }

    [Fact]
    public async Task The_retention_purge_is_scheduled_and_deletes_only_interviews_older_than_the_retention()
    {
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["Storage:RetentionDays"] = "30" });
        var fresh = await TeleconseillerChosen(app);
        var store = app.Services.GetRequiredService<IInterviewStore>();
        var owner = new InterviewOwner("webchat", "old-user");
        Assert.Equal(SaveResult.Saved, await store.SaveAsync(new InterviewWrite("webchat:old", "old-interview", 0, "{}", owner, "en-cours", DateTimeOffset.UtcNow.AddDays(-31))));

        var purge = Assert.Single(app.Services.GetServices<IHostedService>().OfType<RetentionPurge>());
        var deleted = await purge.PurgeOnceAsync(CancellationToken.None);

        // The round the host runs at start-up may come late, after the save, and delete the old interview first.
        Assert.InRange(deleted, 0, 1);
        Assert.Null(await store.GetByInterviewIdAsync("old-interview"));
        Assert.Single(await store.ListAsync(new RecordQuery(fresh.UserId, null, null)));
    }
}
