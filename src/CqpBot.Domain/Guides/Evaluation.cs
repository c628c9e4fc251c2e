namespace CqpBot.Domain.Guides;

/// <summary>The evaluation modalities of a bloc (référentiel d'évaluation).</summary>
public sealed record Evaluation(IReadOnlyList<string> Modalites, Source Source);
