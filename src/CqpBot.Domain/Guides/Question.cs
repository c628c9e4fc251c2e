namespace CqpBot.Domain.Guides;

/// <summary>An example question of the guide; <see cref="Derived"/> when we wrote it from the evaluation criteria.</summary>
public sealed record Question(string Id, string Text, bool Derived, Source Source);
