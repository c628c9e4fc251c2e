namespace CqpBot.Storage;

/// <summary>The embedded Direct Line's conversations and activity log, durable so a closed tab resumes with its history.</summary>
public interface IDirectLineStore
{
    Task CreateConversationAsync(string conversationId, string userId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The conversation's user id, or null when the conversation does not exist.</summary>
    Task<string?> GetConversationUserAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Appends an activity; returns its sequence number (the watermark after it). Sequence numbers only grow.</summary>
    Task<long> AppendActivityAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default);

    /// <summary>Activities after <paramref name="watermark"/> (exclusive), oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<(long Sequence, string ActivityJson)>> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken = default);

    Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default);
}
