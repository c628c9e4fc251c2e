using CqpBot.Domain.Interview.Outputs;

namespace CqpBot.Domain.Interview;

/// <summary>The engine's answer to one input: the new state, what to show, and whether the input changed anything.</summary>
public sealed record TurnResult(InterviewState State, IReadOnlyList<Output> Outputs, bool Applied);
