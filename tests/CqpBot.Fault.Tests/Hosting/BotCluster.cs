namespace CqpBot.Fault.Tests.Hosting;

/// <summary>Several bot processes on one store, started together (as behind a load balancer) and all stopped on dispose.</summary>
public sealed class BotCluster : IAsyncDisposable
{
    private readonly List<BotProcess> instances = [];

    public IReadOnlyList<BotProcess> Instances => instances;

    public IReadOnlyList<Uri> Addresses => instances.Select(i => i.Address).ToList();

    public static async Task<BotCluster> StartAsync(int count, IReadOnlyDictionary<string, string> storage, string name, CancellationToken cancellationToken)
    {
        var cluster = new BotCluster();
        var starting = Enumerable.Range(0, count).Select(i => BotProcess.StartAsync(storage, $"{name}-{i}", cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            // Those that did start are stopped here; those that failed stopped themselves.
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
                await started.Result.DisposeAsync();
            throw;
        }

        cluster.instances.AddRange(starting.Select(t => t.Result));
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
            await instance.DisposeAsync();
    }
}
