namespace CqpBot.Domain.Guides;

/// <summary>A seed inconsistency, gap or derivation, kept visible to the interviewer rather than silently fixed.</summary>
public sealed record Note(string Kind, string Text, Source Source);
