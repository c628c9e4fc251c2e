namespace CqpBot.Channel;

/// <summary>Buttons under a message, for channels that render them (plain-text fallback of a card's choices).</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>An imBack/postBack/messageBack button.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public object? Value { get; set; }
}
