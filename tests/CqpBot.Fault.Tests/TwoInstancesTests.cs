using System.Text.Json.Nodes;
using CqpBot.Storage;

namespace CqpBot.Fault.Tests;

/// <summary>Two bot processes on one PostgreSQL database, turns alternating between them, activities delivered twice.</summary>
public class TwoInstancesTests(ITestOutputHelper output)
{
    // When and under which id an interview ran are the only fields that may differ between two runs of one script.
    private static readonly string[] RunSpecific = ["id", "startedAt", "updatedAt", "completedAt"];

    [Fact(Timeout = 180_000)]
    public async Task Alternating_instances_and_duplicate_deliveries_store_the_records_a_single_instance_stores()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(170));
        var scripts = Script.Mix(8);

        var (single, _) = await RunAsync(scripts, instances: 1, duplicateEvery: 0, timeout.Token);
        var (shared, ledger) = await RunAsync(scripts, instances: 2, duplicateEvery: 3, timeout.Token);

        var duplicates = ledger.Exchanges.Where(e => e.Duplicate).ToList();
        Figures.Report(output, $"two instances: {scripts.Count} interviews, {ledger.Exchanges.Count(e => !e.Duplicate)} turns " +
            $"({ledger.Exchanges.Count(e => !e.Duplicate && e.Instance == 0)} on instance 0, {ledger.Exchanges.Count(e => !e.Duplicate && e.Instance == 1)} on instance 1), " +
            $"{duplicates.Count} duplicate deliveries ({duplicates.Count(d => d.Status == HttpStatusCode.OK)} answered 200)");
        Assert.All(new[] { 0, 1 }, instance => Assert.True(ledger.Exchanges.Count(e => !e.Duplicate && e.Instance == instance) >= scripts.Count * 10, $"instance {instance} served too few turns"));
        Assert.True(duplicates.Count >= scripts.Count * 5, $"only {duplicates.Count} duplicates delivered");
        Assert.All(duplicates, d => Assert.Equal(HttpStatusCode.OK, d.Status));
        Assert.All(ledger.Exchanges, e => Assert.Equal(HttpStatusCode.OK, e.Status));
        for (var i = 0; i < scripts.Count; i++)
            Assert.Equal(single[i], shared[i]);
    }

    /// <summary>Runs every script to its end on a fresh database; returns each interview's stored record, run-specific fields removed.</summary>
    private static async Task<(IReadOnlyList<string> Records, Ledger Ledger)> RunAsync(IReadOnlyList<Script> scripts, int instances, int duplicateEvery, CancellationToken cancellationToken)
    {
        await using var database = await PostgresDatabase.CreateAsync(cancellationToken);
        var ledger = new Ledger();
        using var crowd = await RunOnClusterAsync(database, scripts, instances, duplicateEvery, ledger, cancellationToken);

        await using var records = StoredRecords.Postgres(database.ConnectionString);
        var comparable = new List<string>();
        foreach (var candidate in crowd.Candidates)
            comparable.Add(Comparable(await records.GetAsync(candidate.ConversationKey) ?? throw new InvalidOperationException($"{candidate.ConversationKey} not stored")));
        return (comparable, ledger);
    }

    private static async Task<Crowd> RunOnClusterAsync(PostgresDatabase database, IReadOnlyList<Script> scripts, int instances, int duplicateEvery, Ledger ledger, CancellationToken cancellationToken)
    {
        await using var cluster = await BotCluster.StartAsync(instances, database.Settings, $"pg-x{instances}", cancellationToken);
        var addresses = cluster.Addresses;
        var crowd = Crowd.Of(scripts, new Route(() => addresses, DuplicateEvery: duplicateEvery), ledger, cancellationToken);
        await crowd.RunAsync().WaitAsync(cancellationToken);
        return crowd;
    }

    private static string Comparable(StoredInterview stored)
    {
        var state = JsonNode.Parse(stored.StateJson)!.AsObject();
        foreach (var field in RunSpecific)
            state.Remove(field);
        return $"{stored.Status} version {stored.Version}: {state.ToJsonString()}";
    }
}
