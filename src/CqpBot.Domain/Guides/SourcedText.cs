namespace CqpBot.Domain.Guides;

/// <summary>A seed sentence with its pointer.</summary>
public sealed record SourcedText(string Text, Source Source);
