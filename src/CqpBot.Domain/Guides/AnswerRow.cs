namespace CqpBot.Domain.Guides;

/// <summary>One row of the guide's table: one answer on the scale and one training wish, for one or more competences.</summary>
public sealed record AnswerRow(string Id, IReadOnlyList<string> Competences, IReadOnlyList<string> Questions, string? Label = null);
