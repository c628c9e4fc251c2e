using System.Collections.Concurrent;
using CqpBot.Domain.Interview;
using CqpBot.Storage;

namespace CqpBot.Bot;

/// <summary>
/// The states this instance has just saved. A conversation's next turn starts from its state here without reading the
/// store (the read and the parse were a fifth of a turn's CPU, and one of PostgreSQL's two round trips a turn): the save
/// checks the version and the interview id, so another instance's write or a deletion shows as a conflict, and the turn
/// is replayed on the row read from the store. A conversation another instance writes is marked <see cref="Shared"/> and
/// its turns read first for a minute, as turns alternating between instances would otherwise each run twice. A row read
/// is still not parsed again when it is the one saved here. Bounded, so memory stays flat: 1 024 states (a state in
/// memory is some kilobytes to a few tens), far more conversations than are active at once.
/// </summary>
public sealed class ParsedStates(int capacity = ParsedStates.DefaultCapacity, TimeProvider? clock = null) : IStateCopies
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
    /// when there is none or while the conversation is <see cref="Shared"/>.
    /// </summary>
    public Entry? Latest(string conversationKey) =>
        entries.TryGetValue(conversationKey, out var entry) && Now >= entry.SharedUntil ? entry : null;

    /// <summary>The state now stored at <paramref name="version"/> for the conversation.</summary>
    public void Saved(string conversationKey, long version, InterviewState state)
    {
        var sharedUntil = DateTimeOffset.MinValue;
        if (entries.TryGetValue(conversationKey, out var previous))
            sharedUntil = previous.SharedUntil;
        else if (Interlocked.Increment(ref added) > capacity)
        {
            entries.Clear(); // crude but bounded: the next turns parse again and fill it up
            Interlocked.Exchange(ref added, 1);
        }

        entries[conversationKey] = new Entry(state.Id, version, state, sharedUntil, Now);
    }

    /// <summary>
    /// A turn that started from <paramref name="latest"/> found another version in the store: another writer changed
    /// the conversation, whose turns read the store first for a while (<see cref="SharedFor"/>; then one turn tries the
    /// state saved here again, so that a one-off write, a deletion or a mistaken mark does not last). Not when a turn of
    /// this instance saved meanwhile (two activities of one conversation at once): the entry is then no longer
    /// <paramref name="latest"/>.
    /// </summary>
    public void Shared(string conversationKey, Entry latest) =>
        entries.TryUpdate(conversationKey, latest with { SharedUntil = Now + SharedFor }, latest);

    public static readonly TimeSpan SharedFor = TimeSpan.FromMinutes(1);

    private DateTimeOffset Now => (clock ?? TimeProvider.System).GetUtcNow();

    public void Forget(string conversationKey) => entries.TryRemove(conversationKey, out _);

    /// <summary>
    /// The retention purge's part: a state saved here before its cutoff belongs to an interview the purge has just
    /// deleted (or another instance moved on since, which the save would find anyway).
    /// </summary>
    public void ForgetUntouchedSince(DateTimeOffset cutoff)
    {
        foreach (var (key, entry) in entries)
        {
            if (entry.SavedAt < cutoff)
                entries.TryRemove(KeyValuePair.Create(key, entry)); // not one saved again meanwhile
        }
    }

    /// <param name="SharedUntil">Until then, turns read the store first.</param>
    /// <param name="SavedAt">When this instance saved it.</param>
    public sealed record Entry(string InterviewId, long Version, InterviewState State, DateTimeOffset SharedUntil, DateTimeOffset SavedAt);
}
