using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Orientation;

/// <summary>The orientation of one bloc: what the rules give, why, what remains to acquire, and the interviewer's decision if it differs.</summary>
public sealed record BlocOrientation(
    string BlocId,
    int Number,
    string Title,
    OrientationKind Computed,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> CompetencesToAcquire,
    OrientationOverride? Override = null)
{
    public OrientationKind Final => Override?.Orientation ?? Computed;
}
