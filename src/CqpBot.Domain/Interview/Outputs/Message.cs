namespace CqpBot.Domain.Interview.Outputs;

/// <summary>A paragraph of text (light markdown: **bold**, line breaks, "- " lists).</summary>
public sealed record Message(string Text) : Output;
