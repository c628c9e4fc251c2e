using System.Collections.Concurrent;
using CqpBot.Domain.Interview;
using CqpBot.Storage;

namespace CqpBot.Bot;

/// <summary>
/// The states this instance has just saved, so that the next turn of the conversation does not parse again the JSON it
/// reads back (a twentieth of a turn's CPU). The store stays the authority, read on every turn: a state is reused only
/// when the row read has the interview id and version this instance wrote; another instance's write, a deletion or a
/// restart changes one of them, and the row's JSON is parsed as before. Bounded, so memory stays flat: 1 024 states
/// (a state in memory is some kilobytes to a few tens), far more conversations than are active at once.
/// </summary>
public sealed class ParsedStates(int capacity = ParsedStates.DefaultCapacity)
{
    public const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new();

    // Conversations added since the last clear (approximate, and cheap: ConcurrentDictionary.Count takes every lock).
    private int added;

    /// <summary>The state of the row just read: the one saved here if it is still that version, else parsed.</summary>
    public InterviewState Read(StoredInterview stored) =>
        entries.TryGetValue(stored.ConversationKey, out var entry) && entry.Version == stored.Version && entry.InterviewId == stored.InterviewId
            ? entry.State
            : StateJson.Read(stored.StateJson);

    /// <summary>The state now stored at <paramref name="version"/> for the conversation.</summary>
    public void Saved(string conversationKey, long version, InterviewState state)
    {
        if (!entries.ContainsKey(conversationKey) && Interlocked.Increment(ref added) > capacity)
        {
            entries.Clear(); // crude but bounded: the next turns parse again and fill it up
            Interlocked.Exchange(ref added, 1);
        }

        entries[conversationKey] = new Entry(state.Id, version, state);
    }

    public void Forget(string conversationKey) => entries.TryRemove(conversationKey, out _);

    private sealed record Entry(string InterviewId, long Version, InterviewState State);
}
