using System.Collections.Concurrent;

namespace CqpBot.Channel.DirectLine;

/// <summary>Wakes the WebSocket streams of a conversation when this instance appends an activity (others are found by polling the store).</summary>
public sealed class DirectLineHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, SemaphoreSlim>> listeners = new();

    public IDisposable Listen(string conversationId, SemaphoreSlim signal)
    {
        var id = Guid.NewGuid();
        listeners.GetOrAdd(conversationId, _ => new())[id] = signal;
        return new Subscription(() =>
        {
            if (listeners.TryGetValue(conversationId, out var set))
                set.TryRemove(id, out _);
        });
    }

    public void Notify(string conversationId)
    {
        if (!listeners.TryGetValue(conversationId, out var set))
            return;
        foreach (var signal in set.Values)
        {
            if (signal.CurrentCount == 0)
                signal.Release();
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
