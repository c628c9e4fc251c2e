namespace CqpBot.Bot;

/// <summary>
/// Forgets the states kept in memory (<see cref="ParsedStates"/>) of conversations this instance has not saved for
/// <see cref="IdleFor"/>. A conversation deleted through another instance (« supprimer mes données », or the purge run
/// there) so leaves no copy in this one's memory for longer than that, even on an instance no turn reaches any more.
/// A conversation that comes back later only reads the store once.
/// </summary>
public sealed class ParsedStatesExpiry(ParsedStates states, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan IdleFor = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                ForgetIdle();
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>One round: the states saved here more than <see cref="IdleFor"/> ago go.</summary>
    public void ForgetIdle() => states.ForgetUntouchedSince(clock.GetUtcNow() - IdleFor);
}
