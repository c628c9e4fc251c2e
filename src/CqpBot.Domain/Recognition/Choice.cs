namespace CqpBot.Domain.Recognition;

/// <summary>An option offered to the user: the value a button sends, the label shown, and other words understood for it.</summary>
public sealed record Choice(string Value, string Label, IReadOnlyList<string>? Synonyms = null);
