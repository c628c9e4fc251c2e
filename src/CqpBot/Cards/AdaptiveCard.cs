using System.Text.Json.Serialization;

namespace CqpBot.Cards;

/// <summary>
/// An Adaptive Card 1.5: the highest version that both Teams and Web Chat 4.18 (adaptivecards 3.0.2) render.
/// Typed and serialised by System.Text.Json, never built from string templates.
/// </summary>
public sealed class AdaptiveCard
{
    public const string CardVersion = "1.5";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type => "AdaptiveCard";

    public string Version => CardVersion;

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public List<CardElement> Body { get; init; } = [];

    public List<AdaptiveAction>? Actions { get; init; }

    /// <summary>Teams Universal Actions: asks the bot for the up-to-date card when it is shown again.</summary>
    public CardRefresh? Refresh { get; init; }
}

/// <summary>The refresh section of a Universal Actions card.</summary>
// The action is typed as the base so that System.Text.Json writes its "type" discriminator (Action.Execute).
public sealed record CardRefresh(AdaptiveAction Action, IReadOnlyList<string>? UserIds);
