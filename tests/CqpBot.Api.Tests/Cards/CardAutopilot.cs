using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests.Cards;

/// <summary>
/// Plays any interview to its end the way a person clicking through would: fills the last card's inputs, presses its
/// main button, and when the same question comes back (answer refused) tries the next typed answer. Keeps every card seen.
/// <paramref name="typing"/>, when given, says what the person types instead of clicking on a card (null: click).
/// <paramref name="typedAnswers"/>, when given, are put into text inputs first (a name, free text).
/// </summary>
public sealed class CardAutopilot(BotConversation bot, IReadOnlyList<string> preferredButtons, Func<JsonObject, string?>? typing = null, IReadOnlyList<string>? typedAnswers = null)
{
    // Typed answers for free-text questions, tried in turn until the bot moves on (durations, contact situations, wishes).
    private static readonly string[] TypedAnswers = ["3 ans", "au téléphone et en face à face", "Accueil et conseil des adhérents", "oui"];

    // Navigation and privacy buttons: pressing them would not move the interview forward.
    private static readonly string[] Avoided = ["Retour", "Pause", "Reprendre", "Recommencer", "Annuler", "Aide", "Progression", "Je refuse", "Supprimer", "Exporter"];

    private readonly List<JsonObject> cards = [];

    public IReadOnlyList<JsonObject> Cards => cards;

    public int Turns { get; private set; }

    public async Task RunAsync(int maxTurns = 250)
    {
        Collect();
        string? previous = null;
        var attempt = 0;
        for (; Turns < maxTurns && !bot.Text.Contains("Terminé", StringComparison.Ordinal); Turns++)
        {
            var card = bot.LastCard;
            var key = card.ToJsonString();
            attempt = key == previous ? attempt + 1 : 0;
            previous = key;

            if (attempt == 0 && typing?.Invoke(card) is { } typed)
            {
                await bot.Say(typed);
                Collect();
                continue;
            }

            var action = Pick(card, attempt) ?? throw new InvalidOperationException($"No button to press on: {bot.Text}");
            var data = action["data"]?.DeepClone().AsObject() ?? [];
            foreach (var input in Inputs(card))
                data[(string)input["id"]!] = Fill(input, attempt);
            var activity = bot.NewActivity();
            activity["value"] = data;
            await bot.Send(activity);
            Collect();
        }
    }

    private JsonObject? Pick(JsonObject card, int attempt)
    {
        var actions = BotConversation.Walk(card).OfType<JsonObject>()
            .Where(o => (string?)o["type"] is "Action.Submit" or "Action.Execute")
            .Where(o => !Avoided.Any(a => ((string?)o["title"] ?? "").StartsWith(a, StringComparison.Ordinal)))
            .ToList();
        return actions.FirstOrDefault(a => preferredButtons.Contains((string?)a["title"]))
            ?? (actions.Count == 0 ? null : actions[attempt % actions.Count]);
    }

    private static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        BotConversation.Walk(card).OfType<JsonObject>().Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && o["id"] is not null);

    private string Fill(JsonObject input, int attempt) => (string?)input["type"] switch
    {
        // Rotate through the choices so that answer rows get every level (and blocs every orientation).
        "Input.ChoiceSet" => (string)input["choices"]![attempt % input["choices"]!.AsArray().Count]!["value"]!,
        "Input.Date" => "2026-11-23",
        "Input.Toggle" => (string?)input["valueOn"] ?? "true",
        "Input.Number" => "3",
        _ => (string?)input["value"] is { Length: > 0 } value ? value : (typedAnswers ?? TypedAnswers)[attempt % (typedAnswers ?? TypedAnswers).Count],
    };

    private void Collect()
    {
        foreach (var reply in bot.Replies)
        {
            if (reply["attachments"] is JsonArray attachments)
                cards.AddRange(attachments.Where(a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive").Select(a => a!["content"]!.AsObject()));
        }
    }
}
