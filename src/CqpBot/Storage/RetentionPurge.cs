using CqpBot.Domain.Interview;

namespace CqpBot.Storage;

/// <summary>
/// RGPD retention: deletes interviews untouched for <c>Storage:RetentionDays</c>, at start-up and then every
/// <c>Storage:PurgeIntervalMinutes</c>. A store outage only postpones the purge to the next round.
/// </summary>
public sealed partial class RetentionPurge(
    IInterviewStore store, IEnumerable<IStateCopies> copies, InterviewSettings settings, TimeProvider clock, IConfiguration configuration, ILogger<RetentionPurge> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Storage:PurgeIntervalMinutes", 360)));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var cutoff = clock.GetUtcNow().AddDays(-settings.RetentionDays);
            var deleted = await store.PurgeAsync(cutoff, cancellationToken);
            foreach (var copy in copies)
                copy.ForgetUntouchedSince(cutoff);
            Purged(logger, deleted, settings.RetentionDays);
            return deleted;
        }
        catch (StoreUnavailableException)
        {
            Postponed(logger);
            return 0;
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Retention purge: {Count} interviews older than {Days} days deleted")]
    private static partial void Purged(ILogger logger, int count, int days);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Retention purge postponed: the store is unavailable")]
    private static partial void Postponed(ILogger logger);
}
