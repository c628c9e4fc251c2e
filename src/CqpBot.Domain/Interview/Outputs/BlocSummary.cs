namespace CqpBot.Domain.Interview.Outputs;

/// <summary>The answers of one bloc, each with a "modifier" action.</summary>
public sealed record BlocSummary(string StepKey, string UnitLabel, int Number, string Title, IReadOnlyList<SummaryLine> Lines, Progress Progress) : Output;

/// <summary>One answered row in a summary; <see cref="EditValue"/> is the button value that reopens it.</summary>
public sealed record SummaryLine(string RowId, string Competences, string Answer, string? Wish, string EditValue);
