using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Interview.Outputs;

/// <summary>The current question of a step other than a guide row (a choice, a text, a form, or something to read).</summary>
public sealed record Prompt(
    string StepKey,
    string Title,
    string Text,
    QuestionKind Kind,
    IReadOnlyList<Choice> Choices,
    Progress Progress,
    IReadOnlyList<FormField>? Fields = null,
    IReadOnlyList<string>? Details = null,
    bool CanSkip = false) : Output;
