namespace CqpBot.Fault.Tests.Driving;

/// <summary>
/// Where a user's deliveries go. <paramref name="instances"/> is read on every attempt, so a restarted bot (new port)
/// is found; turns alternate between the instances; every <paramref name="duplicateEvery"/>-th turn is delivered again
/// to the next instance, after the first delivery answered.
/// </summary>
public sealed record Route(Func<IReadOnlyList<Uri>> Instances, bool RetryUnavailable = true, int DuplicateEvery = 0)
{
    public static Route To(Uri address) => new(() => [address]);
}
