namespace CqpBot.Domain.Interview.Outputs;

/// <summary>A text input of a form, validated on the card and again by the engine.</summary>
public sealed record FormField(string Id, string Label, bool Required, int MaxLength, string? Value = null, bool Multiline = false);
