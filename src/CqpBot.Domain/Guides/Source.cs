namespace CqpBot.Domain.Guides;

/// <summary>Where a text was read in the seed documents, so that a reviewer can check it.</summary>
public sealed record Source(string Seed, string Section, IReadOnlyList<string>? Fragments = null);
