namespace CqpBot.Channel;

/// <summary>An attachment; for cards, content is the Adaptive Card object.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public object? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
}
