namespace CqpBot.Domain.Guides;

/// <summary>A seed document a guide was read from.</summary>
public sealed record SeedDocument(string Seed, string Title);
