using System.Text.Json.Nodes;

namespace CqpBot.Fault.Tests.Checking;

/// <summary>
/// A card answer the bot acknowledged: a 200 whose reply moved the interview past the step the card was for. For a
/// guide row, the level chosen (the "answer" input).
/// </summary>
public sealed record AcknowledgedAnswer(string ConversationId, string ActivityId, string Step, string? Choice)
{
    public string? RowId => Step.StartsWith("Row:", StringComparison.Ordinal) ? Step[4..] : null;

    public static IReadOnlyList<AcknowledgedAnswer> In(Ledger ledger) =>
        ledger.Exchanges
            .Where(e => e.Status == HttpStatusCode.OK && !e.Duplicate)
            .Select(From)
            .OfType<AcknowledgedAnswer>()
            .DistinctBy(a => (a.ConversationId, a.ActivityId))
            .ToList();

    private static AcknowledgedAnswer? From(Exchange exchange)
    {
        var value = JsonNode.Parse(exchange.RequestJson)!["value"] as JsonObject;
        var step = (string?)value?["step"];
        if (step is null)
            return null;
        var replies = JsonNode.Parse(exchange.ResponseJson)?["activities"]?.AsArray() ?? [];
        var next = replies.Where(r => r!["attachments"] is JsonArray)
            .SelectMany(r => r!["attachments"]!.AsArray())
            .SelectMany(a => BotConversation.Walk(a!["content"]))
            .OfType<JsonObject>()
            .Select(o => (string?)o["data"]?["step"])
            .LastOrDefault(s => s is not null);
        return next == step ? null : new AcknowledgedAnswer(exchange.ConversationId, exchange.ActivityId, step, (string?)value!["answer"]);
    }
}
