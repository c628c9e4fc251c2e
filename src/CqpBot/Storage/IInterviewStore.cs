namespace CqpBot.Storage;

/// <summary>
/// Where interviews live between turns. One row per conversation; every write is optimistic (expected version),
/// records the activity that caused it (an activity delivered twice is applied once), and is durable before it returns.
/// </summary>
public interface IInterviewStore
{
    /// <summary>Creates or migrates the schema (versioned migrations, run at start-up).</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the store answers (health endpoint).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    Task<StoredInterview?> GetAsync(string conversationKey, CancellationToken cancellationToken = default);

    Task<StoredInterview?> GetByInterviewIdAsync(string interviewId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the interview if its stored version still equals <see cref="InterviewWrite.ExpectedVersion"/> (0: must not exist)
    /// and <see cref="InterviewWrite.ActivityId"/> was not applied before; stores the turn's response with it, atomically.
    /// </summary>
    Task<SaveResult> SaveAsync(InterviewWrite write, CancellationToken cancellationToken = default);

    /// <summary>The response stored when that activity was applied, so that a redelivery gets the same answer.</summary>
    Task<string?> GetAppliedResponseAsync(string conversationKey, string activityId, CancellationToken cancellationToken = default);

    /// <summary>Interviews visible to an interviewer: those they conducted, and those of their tenant (organisation).</summary>
    Task<IReadOnlyList<StoredInterview>> ListAsync(RecordQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes the conversation's interview and everything stored with it (RGPD "supprimer mes données").</summary>
    Task<bool> DeleteAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes interviews not updated since <paramref name="olderThan"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);

    /// <summary>Keeps the exact guide file an interview started on, so a later edit of dialogs/ cannot change it.</summary>
    Task SaveGuideSnapshotAsync(string cqpId, string fingerprint, string json, CancellationToken cancellationToken = default);

    Task<string?> GetGuideSnapshotAsync(string cqpId, string fingerprint, CancellationToken cancellationToken = default);
}
