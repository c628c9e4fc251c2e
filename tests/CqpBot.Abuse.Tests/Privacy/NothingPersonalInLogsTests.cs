using CqpBot.Abuse.Tests.Logging;
using CqpBot.Api.Tests.Cards;
using CqpBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CqpBot.Abuse.Tests.Privacy;

/// <summary>
/// A whole interview with a recognisable name (typed as the candidate's name and sent by the channel as the user's
/// display name) and free text, every log category captured at Trace: neither appears anywhere in what was logged.
/// </summary>
public class NothingPersonalInLogsTests
{
    private const string Name = "Zéphyrin Quatremare";
    private const string FreeText = "mon secret professionnel XQ-77";

    [Theory]
    [InlineData("entretien", "msteams")]
    [InlineData("auto", "webchat")]
    public async Task A_whole_interview_logs_neither_the_candidates_name_nor_their_words(string mode, string channel)
    {
        var logs = new CapturedLogs();
        await using var root = new CqpBotApplication();
        var app = root.CapturingLogs(logs);
        var bot = new BotConversation(app.CreateDefaultClient(new DisplayNameHandler(Name)), channel, "user-privacy");

        await bot.Join(mode);
        await bot.Say($"{Name} : {FreeText}");
        var autopilot = new CardAutopilot(bot, ["J'accepte", "Continuer", "Chargé(e) d'accueil et de relation clients/adhérents", "Tout le CQP", "Terminer"],
            typedAnswers: [$"{Name}, {FreeText}", "3 ans", "au téléphone et en face à face", "oui"]);
        await autopilot.RunAsync();

        Assert.Contains("Terminé", bot.Text);
        var stored = await app.Services.GetRequiredService<IInterviewStore>().GetAsync($"{channel}:{bot.ConversationId}");
        Assert.Contains(FreeText, stored!.StateJson); // the words did reach the interview: their absence from the logs means something
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace); // the capture sees everything, not only the app's own lines
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("CqpBot", StringComparison.Ordinal));
        foreach (var personal in new[] { "Zéphyrin", "Quatremare", "XQ-77", "secret professionnel" })
            Assert.DoesNotContain(personal, logs.All, StringComparison.OrdinalIgnoreCase);
    }
}
