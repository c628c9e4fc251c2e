namespace CqpBot.Fault.Tests.Driving;

/// <summary>Many candidates at once, each in its own conversation and with its own channel client.</summary>
public sealed class Crowd(IReadOnlyList<Candidate> candidates) : IDisposable
{
    public IReadOnlyList<Candidate> Candidates { get; } = candidates;

    public static Crowd Of(IEnumerable<Script> scripts, Route route, Ledger ledger, CancellationToken stop) =>
        new(scripts.Select(s => new Candidate(Delivery.Client(route, ledger, stop), s)).ToList());

    /// <summary>Runs every interview to its end, concurrently.</summary>
    public Task RunAsync() => Task.WhenAll(Candidates.Select(c => Task.Run(c.RunAsync)));

    public void Dispose()
    {
        foreach (var candidate in Candidates)
            candidate.Bot.Http.Dispose();
    }
}
