namespace CqpBot.Api.Tests;

/// <summary>The system clock moved forward by <see cref="Offset"/>: tokens and marks age without the test waiting.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
