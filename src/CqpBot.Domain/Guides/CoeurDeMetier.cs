namespace CqpBot.Domain.Guides;

/// <summary>001's rule: the candidate's core job points to a CQP.</summary>
public sealed record CoeurDeMetier(string Text, IReadOnlyList<string> Keywords, Source Source);
