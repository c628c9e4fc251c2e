namespace CqpBot.Abuse.Tests.Auth;

/// <summary>The system clock moved forward by <see cref="Offset"/>: tokens age without the test waiting.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
