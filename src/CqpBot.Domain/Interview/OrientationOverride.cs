using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Interview;

/// <summary>The interviewer's decision for a bloc when it differs from the computed one, with the written reason (000: synthesis "en consensus").</summary>
public sealed record OrientationOverride(OrientationKind Orientation, string Reason);
