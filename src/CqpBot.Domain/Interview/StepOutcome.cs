using CqpBot.Domain.Interview.Outputs;

namespace CqpBot.Domain.Interview;

/// <summary>How a step read an input: the updated state (and optionally where to go), or the re-prompt to show.</summary>
internal sealed record StepOutcome(InterviewState? State, string? Error, Step? Next, IReadOnlyList<Output> Messages)
{
    public static StepOutcome Ok(InterviewState state, Step? next = null, params Output[] messages) => new(state, null, next, messages);

    public static StepOutcome Retry(string error) => new(null, error, null, []);
}
