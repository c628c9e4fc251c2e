using System.Text.Json.Nodes;
using CqpBot.Api.Tests.Cards;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CqpBot.Abuse.Tests.Fuzz;

/// <summary>
/// Real activities, captured while whole interviews are played on the app under test: the seeds the fuzzer mutates,
/// and the card payloads (interview ids, card ids) that belong to those interviews and not to the fuzzed ones.
/// </summary>
public sealed record CapturedTraffic(IReadOnlyList<JsonObject> Activities)
{
    public static async Task<CapturedTraffic> PlayAsync(WebApplicationFactory<Program> app)
    {
        var recorder = new RecordingHandler();
        var http = app.CreateDefaultClient(recorder); // one client: a handler belongs to one pipeline
        foreach (var (mode, channel) in new[] { ("auto", "webchat"), ("entretien", "msteams") })
        {
            var bot = new BotConversation(http, channel, "user-" + Guid.NewGuid().ToString("N")[..8]);
            await bot.Join(mode);
            await new CardAutopilot(bot, ["J'accepte", "Continuer", "Chargé(e) d'accueil et de relation clients/adhérents", "Tout le CQP", "Terminer"]).RunAsync();
            if (!bot.Text.Contains("Terminé", StringComparison.Ordinal))
                throw new InvalidOperationException($"The capture interview did not finish: {bot.Text}");
        }

        var typed = new BotConversation(http, "test", "user-typed");
        foreach (var line in new[] { "bonjour", "j'accepte", "aide", "retour", "où en suis-je ?" })
            await typed.Say(line);
        return new CapturedTraffic(recorder.Sent.ToList());
    }

    /// <summary>Adds a submit of every button of <paramref name="bot"/>'s last card, as that conversation would send them.</summary>
    public CapturedTraffic WithButtonsOf(BotConversation bot) => new(
    [
        .. Activities,
        .. BotConversation.Walk(bot.LastCard).OfType<JsonObject>().Where(a => a["data"] is JsonObject).Select(a =>
        {
            var activity = bot.NewActivity();
            activity["value"] = a["data"]!.DeepClone();
            return activity;
        }),
    ]);

    /// <summary>The card submit payloads seen (values that are objects), to replay in other conversations.</summary>
    public IReadOnlyList<JsonObject> CardPayloads => Activities.Select(a => a["value"]).OfType<JsonObject>().ToList();
}
