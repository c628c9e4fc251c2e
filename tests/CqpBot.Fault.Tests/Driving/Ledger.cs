using System.Collections.Concurrent;

namespace CqpBot.Fault.Tests.Driving;

/// <summary>Every exchange of a test, from all its users, in the order they ended.</summary>
public sealed class Ledger
{
    private readonly ConcurrentQueue<Exchange> exchanges = new();

    public IReadOnlyList<Exchange> Exchanges => [.. exchanges];

    public void Add(Exchange exchange) => exchanges.Enqueue(exchange);

    public int Count(HttpStatusCode status) => exchanges.Count(e => e.Status == status);

    public int ConnectionErrors => exchanges.Count(e => e.Failed);

    /// <summary>Waits (polling) until the exchanges so far satisfy <paramref name="condition"/>.</summary>
    public async Task WaitUntilAsync(Func<Ledger, bool> condition, CancellationToken cancellationToken)
    {
        while (!condition(this))
            await Task.Delay(10, cancellationToken);
    }
}
