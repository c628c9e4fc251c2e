namespace CqpBot.Storage.Sql;

/// <summary>The embedded Direct Line's conversations and their activity log.</summary>
public abstract partial class SqlStore
{
    public Task CreateConversationAsync(string conversationId, string userId, DateTimeOffset at, CancellationToken cancellationToken = default) => WithConnectionAsync(connection =>
        ExecuteAsync(connection, null, "INSERT INTO directline_conversations (conversation_id, user_id, created_at, last_sequence) VALUES (@id, @user, @at, 0) ON CONFLICT DO NOTHING", cancellationToken,
            ("id", conversationId), ("user", userId), ("at", ToDb(at))), cancellationToken);

    public Task<string?> GetConversationUserAsync(string conversationId, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
        await ScalarAsync(connection, null, "SELECT user_id FROM directline_conversations WHERE conversation_id = @id", cancellationToken, ("id", conversationId)) as string,
        cancellationToken);

    public Task<long> AppendActivityAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default) => InTransactionAsync(async (connection, transaction) =>
    {
        // The counter lives on the conversation row (created if missing), so a sequence number is never reused, even after the log is emptied.
        var sequence = Convert.ToInt64(await ScalarAsync(connection, transaction, """
            INSERT INTO directline_conversations (conversation_id, user_id, created_at, last_sequence) VALUES (@id, '', @at, 1)
            ON CONFLICT (conversation_id) DO UPDATE SET last_sequence = directline_conversations.last_sequence + 1
            RETURNING last_sequence
            """, cancellationToken, ("id", conversationId), ("at", ToDb(DateTimeOffset.UtcNow))));
        await ExecuteAsync(connection, transaction, "INSERT INTO directline_activities (conversation_id, sequence, activity_json) VALUES (@id, @sequence, @json)", cancellationToken,
            ("id", conversationId), ("sequence", sequence), ("json", activityJson));
        return sequence;
    }, cancellationToken);

    public Task<IReadOnlyList<(long Sequence, string ActivityJson)>> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<(long, string)>>(async connection => await QueryAsync(connection, null,
            "SELECT sequence, activity_json FROM directline_activities WHERE conversation_id = @id AND sequence > @watermark ORDER BY sequence LIMIT @max",
            r => (r.GetInt64(0), r.GetString(1)), cancellationToken, ("id", conversationId), ("watermark", watermark), ("max", Math.Max(0, max))), cancellationToken);

    public Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) => InTransactionAsync(async (connection, transaction) =>
    {
        await ExecuteAsync(connection, transaction, "DELETE FROM directline_activities WHERE conversation_id = @id", cancellationToken, ("id", conversationId));
        return await ExecuteAsync(connection, transaction, "DELETE FROM directline_conversations WHERE conversation_id = @id", cancellationToken, ("id", conversationId));
    }, cancellationToken);
}
