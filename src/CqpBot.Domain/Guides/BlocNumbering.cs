namespace CqpBot.Domain.Guides;

/// <summary>How another seed numbers and titles the same bloc.</summary>
public sealed record BlocNumbering(string Seed, int Number, string Title);
