using System.Text.Json.Nodes;

namespace CqpBot.Fault.Tests.Driving;

/// <summary>One person taking a whole interview on the web chat, by card clicks and typed words, from joining to "Terminé".</summary>
public sealed class Candidate(HttpClient http, Script script)
{
    public BotConversation Bot { get; } = new(http, "webchat", "user-" + Guid.NewGuid().ToString("N")[..8]);

    public Script Script { get; } = script;

    /// <summary>The key the store files this conversation under.</summary>
    public string ConversationKey => $"{Bot.ChannelId}:{Bot.ConversationId}";

    public async Task RunAsync()
    {
        await Bot.Join(Script.Mode);
        await new CardAutopilot(Bot, ["J'accepte", "Continuer", Script.Cqp, "Tout le CQP", "Terminer"], Typing()).RunAsync();
        if (!Bot.Text.Contains("Terminé", StringComparison.Ordinal))
            throw new InvalidOperationException($"The interview ({Script}) did not reach its end: {Bot.Text}");
    }

    /// <summary>Every other guide row is answered in words, as people do: a redelivered text has no card step to tell it apart.</summary>
    private static Func<JsonObject, string?> Typing()
    {
        var rows = 0;
        return card => BotConversation.Walk(card).OfType<JsonObject>().Select(o => (string?)o["data"]?["step"]).FirstOrDefault(s => s is not null) is { } step
            && step.StartsWith("Row:", StringComparison.Ordinal) && rows++ % 2 == 0
                ? "partiellement"
                : null;
    }
}

/// <summary>Which interview a candidate takes: the mode chosen on joining and the CQP clicked.</summary>
public sealed record Script(string Mode, string Cqp)
{
    /// <summary>Every CQP that has a guide, in the self-assessment and interviewer modes, in turn: <paramref name="count"/> scripts.</summary>
    public static IReadOnlyList<Script> Mix(int count)
    {
        var catalogue = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Dialogs, "catalogue.json")))!;
        var cqps = catalogue["cqps"]!.AsArray().Where(c => c!["guide"] is not null).Select(c => (string)c!["title"]!).ToList();
        string[] modes = ["auto", "entretien"];
        return Enumerable.Range(0, count).Select(i => new Script(modes[i / cqps.Count % modes.Length], cqps[i % cqps.Count])).ToList();
    }
}
