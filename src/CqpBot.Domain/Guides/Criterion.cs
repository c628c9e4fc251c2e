namespace CqpBot.Domain.Guides;

/// <summary>An evaluation criterion the evaluators will apply later (référentiel d'évaluation).</summary>
public sealed record Criterion(string Text, Source Source);
