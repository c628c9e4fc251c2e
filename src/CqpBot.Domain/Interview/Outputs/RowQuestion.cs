using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Interview.Outputs;

/// <summary>One row of the guide: the competences, the example questions, the criteria for the interviewer, the answer choice.</summary>
public sealed record RowQuestion(
    string StepKey,
    Mode Mode,
    string UnitLabel,
    int BlocNumber,
    string BlocTitle,
    string? RowLabel,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Competences,
    IReadOnlyList<ExampleQuestion> ExampleQuestions,
    IReadOnlyList<string> Criteria,
    IReadOnlyList<string> Notes,
    string Ask,
    IReadOnlyList<Choice> Choices,
    string WishLabel,
    string? CurrentChoice,
    string? CurrentWish,
    Progress Progress) : Output;

/// <summary>An example question and whether we derived it from the criteria.</summary>
public sealed record ExampleQuestion(string Text, bool Derived);
