using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>Interviews, the activities applied to them, and guide snapshots.</summary>
public abstract partial class SqlStore
{
    private protected const string InterviewColumns = "conversation_key, interview_id, version, state_json, channel_id, user_id, aad_object_id, tenant_id, status, created_at, updated_at";

    public Task<StoredInterview?> GetAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        FindInterviewAsync("conversation_key", conversationKey, cancellationToken);

    public Task<StoredInterview?> GetByInterviewIdAsync(string interviewId, CancellationToken cancellationToken = default) =>
        FindInterviewAsync("interview_id", interviewId, cancellationToken);

    /// <summary>Through the instance's one writer, so that turns arriving together share a commit (and its flush).</summary>
    public async Task<SaveResult> SaveAsync(InterviewWrite write, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(turnWritesCompleted, this);
        object? startingLock = turnWritesLock;
        var writes = LazyInitializer.EnsureInitialized(ref turnWrites, ref startingLock,
            () => turnWritesCompleted ? throw new ObjectDisposedException(GetType().Name) : new GroupCommit(OpenAsync, WriteTurnsAsync, CommitsInBatch));
        try
        {
            return await writes.CommitAsync(TurnWrite.Of(write));
        }
        catch (Exception exception) when (exception is not OperationCanceledException && IsUnavailable(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>Refuses new turn writes and lets the queued ones commit (called by the providers' Dispose).</summary>
    protected void CompleteTurnWrites()
    {
        turnWritesCompleted = true;
        lock (turnWritesLock)
            turnWrites?.Complete(TimeSpan.FromSeconds(5));
    }

    // Started by the first write (one writer, however many turns race to start it); refused after the store is disposed.
    private GroupCommit? turnWrites;
    private readonly object turnWritesLock = new();
    private volatile bool turnWritesCompleted;

    /// <summary>True when the provider's <see cref="WriteTurnsAsync"/> begins and commits the batch's transaction itself.</summary>
    private protected virtual bool CommitsInBatch => false;

    /// <summary>True when the error only says that another writer changed the same rows first: the turn is replayed.</summary>
    protected virtual bool MeansConflict(Exception exception) => false;

    /// <summary>
    /// The batch's turns one after the other, each in its own savepoint. A provider that pays a round trip per
    /// statement overrides this to send the batch at once.
    /// </summary>
    private protected virtual async Task<IReadOnlyList<TurnOutcome>> WriteTurnsAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<TurnWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(transaction); // statement by statement, inside the writer's transaction
        // The writer keeps its connection between batches, and its statements with it; a new connection starts afresh.
        if (writerStatements?.Connection != connection)
        {
            writerStatements?.Dispose();
            writerStatements = new PreparedStatements(connection);
        }

        var outcomes = new TurnOutcome[writes.Count];
        for (var i = 0; i < writes.Count; i++)
            outcomes[i] = await WriteInSavepointAsync(writerStatements, transaction, writes[i]);
        return outcomes;
    }

    // Only ever used by the store's one turn writer, one batch at a time.
    private PreparedStatements? writerStatements;

    /// <summary>
    /// One turn's statements, undone alone if they fail or do not save. Any exception stays this turn's (a bug in one
    /// turn must not fail the others in its batch); only a savepoint that cannot be rolled back fails the batch, and
    /// then with the turn's own error first, so that a lost connection still reads as "unavailable".
    /// </summary>
    private async Task<TurnOutcome> WriteInSavepointAsync(PreparedStatements statements, DbTransaction transaction, TurnWrite turn)
    {
        await statements.ExecuteAsync(transaction, "SAVEPOINT turn");
        TurnOutcome outcome;
        try
        {
            outcome = new(await WriteTurnAsync(statements, transaction, turn));
        }
        catch (Exception e)
        {
            outcome = Failed(e);
        }

        try
        {
            if (outcome.Error is not null || outcome.Result != SaveResult.Saved)
                await statements.ExecuteAsync(transaction, "ROLLBACK TO SAVEPOINT turn");
            await statements.ExecuteAsync(transaction, "RELEASE SAVEPOINT turn");
        }
        catch (Exception rollback) when (outcome.Error is not null)
        {
            throw NotRolledBack(outcome.Error, rollback);
        }

        return outcome;
    }

    /// <summary>A turn whose statement threw, once undone: a conflict to replay if another writer got there first, else its own error.</summary>
    private protected TurnOutcome Failed(Exception error) =>
        error is DbException && MeansConflict(error) ? new(SaveResult.Conflict) : new(SaveResult.Conflict, error);

    /// <summary>Fails the whole batch, the turn's own error first (so that a lost connection still reads as "unavailable").</summary>
    private protected static AggregateException NotRolledBack(Exception error, Exception rollback) =>
        new("A turn failed and its savepoint could not be rolled back.", error, rollback);

    private async Task<SaveResult> WriteTurnAsync(PreparedStatements statements, DbTransaction transaction, TurnWrite turn)
    {
        var write = turn.Interview;
        // The applied activity and the interview change together: a redelivered activity finds its row and changes nothing.
        if (write.ActivityId is not null
            && await statements.ExecuteAsync(transaction, "INSERT INTO applied_activities (conversation_key, activity_id, response) VALUES (@key, @activity, @response) ON CONFLICT DO NOTHING",
                ("key", write.ConversationKey), ("activity", write.ActivityId), ("response", turn.Response)) == 0)
            return SaveResult.Duplicate;

        var owner = write.Owner;
        (string, object?)[] values =
        [
            ("key", write.ConversationKey), ("id", write.InterviewId), ("expected", write.ExpectedVersion), ("state", write.StateJson),
            ("channel", owner.ChannelId), ("user", owner.UserId), ("aad", owner.AadObjectId), ("tenant", owner.TenantId),
            ("status", write.Status), ("at", ToDb(write.At)),
        ];
        // The interview id too: a conversation deleted and started again can reach the same version, and a late turn of
        // the deleted interview must not overwrite the new one (the engine never changes an interview's id).
        if (write.ExpectedVersion == 0)
            return await statements.ExecuteAsync(transaction, $"INSERT INTO interviews ({InterviewColumns}) VALUES (@key, @id, 1, @state, @channel, @user, @aad, @tenant, @status, @at, @at) ON CONFLICT DO NOTHING", values) == 1
                ? SaveResult.Saved
                : SaveResult.Conflict;

        var written = await statements.ExecuteAsync(transaction, """
            UPDATE interviews SET version = version + 1, state_json = @state, status = @status, updated_at = @at
            WHERE conversation_key = @key AND version = @expected AND interview_id = @id
            """, values);
        // The owner's columns apart, and only when they change: SQLite rewrites the entries of every index whose column
        // an UPDATE sets, same value or not, and these three indexes cost ~3 pages per turn in the WAL (measured: 40
        // frames for 8 turns against 16).
        if (written == 1)
            await statements.ExecuteAsync(transaction, """
                UPDATE interviews SET channel_id = @channel, user_id = @user, aad_object_id = @aad, tenant_id = @tenant
                WHERE conversation_key = @key AND (channel_id IS DISTINCT FROM @channel OR user_id IS DISTINCT FROM @user
                    OR aad_object_id IS DISTINCT FROM @aad OR tenant_id IS DISTINCT FROM @tenant)
                """, values);
        return written == 1 ? SaveResult.Saved : SaveResult.Conflict;
    }

    public Task<string?> GetAppliedResponseAsync(string conversationKey, string activityId, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
        (await QueryAsync(connection, null, "SELECT response, response_json FROM applied_activities WHERE conversation_key = @key AND activity_id = @activity",
            r => r.IsDBNull(0) ? (r.IsDBNull(1) ? null : r.GetString(1)) : PackedResponse.Unpack(r.GetFieldValue<byte[]>(0)), cancellationToken,
            ("key", conversationKey), ("activity", activityId))).FirstOrDefault(), cancellationToken);

    public Task<IReadOnlyList<StoredInterview>> ListAsync(RecordQuery query, CancellationToken cancellationToken = default)
    {
        // Only the filters the reader has: a null id must not match the rows where that column is null.
        var filters = new List<(string Column, string Value)>();
        if (!string.IsNullOrEmpty(query.UserId)) filters.Add(("user_id", query.UserId));
        if (!string.IsNullOrEmpty(query.AadObjectId)) filters.Add(("aad_object_id", query.AadObjectId));
        if (!string.IsNullOrEmpty(query.TenantId)) filters.Add(("tenant_id", query.TenantId));
        if (filters.Count == 0 || query.Limit <= 0)
            return Task.FromResult<IReadOnlyList<StoredInterview>>([]);

        var where = string.Join(" OR ", filters.Select((f, i) => $"{f.Column} = @p{i}"));
        var parameters = filters.Select((f, i) => ($"p{i}", (object?)f.Value)).Append(("limit", query.Limit)).ToArray();
        return ReadAsync<IReadOnlyList<StoredInterview>>(async connection =>
            await QueryAsync(connection, null, $"SELECT {InterviewColumns} FROM interviews WHERE {where} ORDER BY updated_at DESC LIMIT @limit", ReadInterview, cancellationToken, parameters),
            cancellationToken);
    }

    public Task<bool> DeleteAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        InTransactionAsync((connection, transaction) => DeleteConversationDataAsync(connection, transaction, conversationKey, notUpdatedSince: null, cancellationToken), cancellationToken);

    /// <summary>
    /// The interviews are found on a read connection: without an index on updated_at (migration 3) that is a scan of
    /// the table (measured on SQLite: 0.4 s warm, 0.8 s cold for 100 000 interviews), which must not hold the write
    /// lock the turns wait for. Each is then deleted only if still untouched since the cutoff, in a short transaction.
    /// </summary>
    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var before = ToDb(olderThan);
        var keys = await ReadAsync(connection =>
            QueryAsync(connection, null, "SELECT conversation_key FROM interviews WHERE updated_at < @before", r => r.GetString(0), cancellationToken, ("before", before)),
            cancellationToken);
        return await InTransactionAsync(async (connection, transaction) =>
        {
            var purged = 0;
            foreach (var key in keys)
            {
                if (await DeleteConversationDataAsync(connection, transaction, key, notUpdatedSince: before, cancellationToken))
                    purged++;
            }

            // Direct Line conversations left with an empty log (never joined, or emptied above) go too, once as old.
            await ExecuteAsync(connection, transaction, """
                DELETE FROM directline_conversations WHERE created_at < @before
                    AND NOT EXISTS (SELECT 1 FROM directline_activities a WHERE a.conversation_id = directline_conversations.conversation_id)
                """, cancellationToken, ("before", before));
            return purged;
        }, cancellationToken);
    }

    public Task SaveGuideSnapshotAsync(string cqpId, string fingerprint, string json, CancellationToken cancellationToken = default) => WithConnectionAsync(connection =>
        ExecuteAsync(connection, null, "INSERT INTO guide_snapshots (cqp_id, fingerprint, json) VALUES (@cqp, @fingerprint, @json) ON CONFLICT DO NOTHING", cancellationToken,
            ("cqp", cqpId), ("fingerprint", fingerprint), ("json", json)), cancellationToken);

    public Task<string?> GetGuideSnapshotAsync(string cqpId, string fingerprint, CancellationToken cancellationToken = default) => ReadAsync(async connection =>
        await ScalarAsync(connection, null, "SELECT json FROM guide_snapshots WHERE cqp_id = @cqp AND fingerprint = @fingerprint", cancellationToken,
            ("cqp", cqpId), ("fingerprint", fingerprint)) as string, cancellationToken);

    /// <summary>
    /// The interview, its applied activities and its Direct Line log. The Direct Line conversation row stays, emptied of its user,
    /// so that the confirmation sent after the deletion still gets a watermark above what the page has already seen.
    /// With <paramref name="notUpdatedSince"/> (the purge), nothing is deleted if the interview was touched since: true only if it was deleted.
    /// </summary>
    private async Task<bool> DeleteConversationDataAsync(DbConnection connection, DbTransaction transaction, string conversationKey, object? notUpdatedSince, CancellationToken cancellationToken)
    {
        var interview = notUpdatedSince is null
            ? await ExecuteAsync(connection, transaction, "DELETE FROM interviews WHERE conversation_key = @key", cancellationToken, ("key", conversationKey))
            : await ExecuteAsync(connection, transaction, "DELETE FROM interviews WHERE conversation_key = @key AND updated_at < @before", cancellationToken, ("key", conversationKey), ("before", notUpdatedSince));
        if (interview == 0 && notUpdatedSince is not null)
            return false;
        await ExecuteAsync(connection, transaction, "DELETE FROM applied_activities WHERE conversation_key = @key", cancellationToken, ("key", conversationKey));
        var directLineId = conversationKey[(conversationKey.IndexOf(':') + 1)..];
        await ExecuteAsync(connection, transaction, "DELETE FROM directline_activities WHERE conversation_id = @id", cancellationToken, ("id", directLineId));
        await ExecuteAsync(connection, transaction, "UPDATE directline_conversations SET user_id = '' WHERE conversation_id = @id", cancellationToken, ("id", directLineId));
        return interview > 0;
    }

    private Task<StoredInterview?> FindInterviewAsync(string column, string value, CancellationToken cancellationToken) => ReadAsync(async connection =>
        (await QueryAsync(connection, null, $"SELECT {InterviewColumns} FROM interviews WHERE {column} = @value", ReadInterview, cancellationToken, ("value", value))).FirstOrDefault(),
        cancellationToken);

    private StoredInterview ReadInterview(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetInt64(2),
        r.GetString(3),
        new InterviewOwner(r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7)),
        r.GetString(8),
        ReadInstant(r, 9),
        ReadInstant(r, 10));
}
