using System.Collections.Concurrent;
using CqpBot.Domain.Interview;
using CqpBot.Storage;

namespace CqpBot.Bot;

/// <summary>
/// The states this instance has just saved. A conversation's next turn starts from its state here without reading the
/// store (the read and the parse were a fifth of a turn's CPU, and one of PostgreSQL's two round trips a turn): the save
/// checks the version and the interview id, so another instance's write or a deletion shows as a conflict, and the turn
/// is replayed on the row read from the store. A conversation another instance writes is marked <see cref="Shared"/> and
/// its turns read first, as turns alternating between instances would otherwise each run twice. A row read is still
/// not parsed again when it is the one saved here. Bounded, so memory stays flat: 1 024 states (a state in memory is
/// some kilobytes to a few tens), far more conversations than are active at once.
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

    /// <summary>
    /// The state this instance saved last for the conversation, to start a turn from without reading the store; null
    /// when there is none or when the conversation is <see cref="Shared"/>.
    /// </summary>
    public Entry? Latest(string conversationKey) =>
        entries.TryGetValue(conversationKey, out var entry) && !entry.IsShared ? entry : null;

    /// <summary>The state now stored at <paramref name="version"/> for the conversation.</summary>
    public void Saved(string conversationKey, long version, InterviewState state)
    {
        var shared = false;
        if (entries.TryGetValue(conversationKey, out var previous))
            shared = previous.IsShared;
        else if (Interlocked.Increment(ref added) > capacity)
        {
            entries.Clear(); // crude but bounded: the next turns parse again and fill it up
            Interlocked.Exchange(ref added, 1);
        }

        entries[conversationKey] = new Entry(state.Id, version, state, shared);
    }

    /// <summary>
    /// A turn that started from <paramref name="latest"/> could not save it: another writer changed the conversation,
    /// whose turns read the store first from now on. Not when a turn of this instance saved meanwhile (two activities
    /// of one conversation at once): then the entry is no longer <paramref name="latest"/>.
    /// </summary>
    public void Shared(string conversationKey, Entry latest) =>
        entries.TryUpdate(conversationKey, latest with { IsShared = true }, latest);

    public void Forget(string conversationKey) => entries.TryRemove(conversationKey, out _);

    public sealed record Entry(string InterviewId, long Version, InterviewState State, bool IsShared);
}
