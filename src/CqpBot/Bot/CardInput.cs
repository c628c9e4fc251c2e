using System.Text.Json;
using CqpBot.Channel;
using CqpBot.Domain.Interview;

namespace CqpBot.Bot;

/// <summary>Reads what the user did from an activity: typed text, or a card's data and inputs (Action.Submit value or Action.Execute data).</summary>
public static class CardInput
{
    /// <summary>The input, and the interview id the card was made for (null for typed text).</summary>
    public static (Input? Input, string? InterviewId) Read(Activity activity)
    {
        var payload = activity.Type == ActivityTypes.Invoke
            ? activity.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data)
                ? data
                : (JsonElement?)null
            : activity.Value;

        if (payload is not { ValueKind: JsonValueKind.Object } card)
            return string.IsNullOrWhiteSpace(activity.Text) ? (null, null) : (Input.Typed(Limit(activity.Text)), null);

        var fields = new Dictionary<string, string>();
        foreach (var property in card.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False && fields.Count < 32)
                fields[Limit(property.Name, 64)] = Limit(property.Value.ToString());
        }

        fields.Remove("interviewId", out var interviewId);
        fields.Remove("step", out var step);
        fields.Remove("choice", out var choice);
        if (step is null)
            return string.IsNullOrWhiteSpace(activity.Text) ? (null, null) : (Input.Typed(Limit(activity.Text)), null);
        if (choice is not null)
            return (new Input(Value: choice, Fields: fields, ForStep: step), interviewId);
        if (fields.ContainsKey("answer") || fields.Count > 1)
            return (new Input(Fields: fields, ForStep: step), interviewId);
        return (new Input(Text: fields.GetValueOrDefault("value") ?? "", ForStep: step), interviewId);
    }

    // A person types a few hundred characters; anything longer is cut before it reaches the engine's own limits.
    private static string Limit(string text, int max = 4000) => text.Length <= max ? text : text[..max];
}
