using System.Text.Json.Nodes;

namespace CqpBot.Fault.Tests.Checking;

/// <summary>
/// An answer the bot acknowledged: a 200 whose reply moved the interview past the step answered, by a card (its data
/// names the step) or in words (the step of the card shown before). For a guide row answered by card, the level chosen.
/// </summary>
public sealed record AcknowledgedAnswer(string ConversationId, string ActivityId, string Step, string? Choice)
{
    public string? RowId => Step.StartsWith("Row:", StringComparison.Ordinal) ? Step[4..] : null;

    public static IReadOnlyList<AcknowledgedAnswer> In(Ledger ledger)
    {
        var answers = new List<AcknowledgedAnswer>();
        foreach (var conversation in ledger.Exchanges.Where(e => e.Status == HttpStatusCode.OK && !e.Duplicate).GroupBy(e => e.ConversationId))
        {
            string? shown = null;
            foreach (var exchange in conversation.DistinctBy(e => e.ActivityId))
            {
                var activity = JsonNode.Parse(exchange.RequestJson)!;
                var value = activity["value"] as JsonObject;
                var step = (string?)value?["step"] ?? (activity["text"] is null ? null : shown);
                var next = StepShown(exchange.ResponseJson);
                if (step is not null && next != step)
                    answers.Add(new AcknowledgedAnswer(exchange.ConversationId, exchange.ActivityId, step, (string?)value?["answer"]));
                shown = next ?? shown;
            }
        }

        return answers;
    }

    /// <summary>The step of the last card of a reply (its actions carry it), or null when the reply has no card.</summary>
    private static string? StepShown(string responseJson) =>
        (JsonNode.Parse(responseJson)?["activities"]?.AsArray() ?? [])
            .Where(r => r!["attachments"] is JsonArray)
            .SelectMany(r => r!["attachments"]!.AsArray())
            .SelectMany(a => BotConversation.Walk(a!["content"]))
            .OfType<JsonObject>()
            .Select(o => (string?)o["data"]?["step"])
            .LastOrDefault(s => s is not null);
}
