using System.Text.Json.Nodes;
using CqpBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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

    private static async Task StartUpPurgeAsync(CapturedLogs logs)
    {
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!logs.Entries.Any(e => e.Category == typeof(RetentionPurge).FullName && e.Text.StartsWith("Retention purge", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < giveUp, "The host's start-up purge round never ran:\n" + logs.All);
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task The_retention_purge_is_scheduled_and_deletes_only_interviews_older_than_the_retention()
    {
        var logs = new CapturedLogs();
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["Storage:RetentionDays"] = "30" }, services => services.AddSingleton<ILoggerProvider>(logs));
        var fresh = await TeleconseillerChosen(app);
        // The round the host runs at start-up (done, or postponed by a busy store), awaited first: it must not be the
        // one that finds the old interview.
        await StartUpPurgeAsync(logs);
        var store = app.Services.GetRequiredService<IInterviewStore>();
        var owner = new InterviewOwner("webchat", "old-user");
        Assert.Equal(SaveResult.Saved, await store.SaveAsync(new InterviewWrite("webchat:old", "old-interview", 0, "{}", owner, "en-cours", DateTimeOffset.UtcNow.AddDays(-31))));

        var purge = Assert.Single(app.Services.GetServices<IHostedService>().OfType<RetentionPurge>());
        var deleted = await purge.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await store.GetByInterviewIdAsync("old-interview"));
        Assert.Single(await store.ListAsync(new RecordQuery(fresh.UserId, null, null)));
    }

    [Fact]
    public async Task The_retention_purge_also_forgets_the_purged_interviews_state_kept_in_memory()
    {
        var clock = new ShiftedClock();
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["Storage:RetentionDays"] = "30" }, services => services.AddSingleton<TimeProvider>(clock));
        var bot = await TeleconseillerChosen(app);
        var key = $"{bot.ChannelId}:{bot.ConversationId}";
        var states = app.Services.GetRequiredService<CqpBot.Bot.ParsedStates>();
        Assert.NotNull(states.Latest(key)); // its next turn would start from memory

        clock.Offset = TimeSpan.FromDays(31);
        var purge = Assert.Single(app.Services.GetServices<IHostedService>().OfType<RetentionPurge>());
        var deleted = await purge.PurgeOnceAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Null(await app.Services.GetRequiredService<IInterviewStore>().GetAsync(key));
        Assert.Null(states.Latest(key));
    }
}
